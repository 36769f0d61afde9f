"""Learning from each other (issue 19): intake, experiments, ambassadors, hours, the programme."""
