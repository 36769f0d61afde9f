"""Everything Qt: windows, pages, item models over the domain, undo commands, actions."""
