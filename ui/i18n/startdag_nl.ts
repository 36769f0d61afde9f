<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>A short name for the experiment</source>
        <translation>Een korte naam voor het experiment</translation>
    </message>
    <message>
        <source>Test card</source>
        <translation>Testkaart</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>The organisation&apos;s question it serves</source>
        <translation>De vraag van de organisatie waar het bij hoort</translation>
    </message>
    <message>
        <source>We believe that…</source>
        <translation>We denken dat…</translation>
    </message>
    <message>
        <source>To verify that, we will…</source>
        <translation>Om dat te toetsen gaan we…</translation>
    </message>
    <message>
        <source>And measure…</source>
        <translation>En meten we…</translation>
    </message>
    <message>
        <source>We are right if…</source>
        <translation>We hebben gelijk als…</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Wie en wanneer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>One pair per line</source>
        <translation>Eén koppel per regel</translation>
    </message>
    <message>
        <source>Add a learning pair from the pairs made</source>
        <translation>Een leerkoppel toevoegen uit de gemaakte koppels</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>Leerkoppels</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Learning card</source>
        <translation>Leerkaart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Happened: we observed…</source>
        <translation>Gebeurd: we zagen…</translation>
    </message>
    <message>
        <source>Learned: from that we learned…</source>
        <translation>Geleerd: daaruit leerden we…</translation>
    </message>
    <message>
        <source>Next: therefore we will…</source>
        <translation>Volgende stap: daarom gaan we…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Spread to teams</source>
        <translation>Verspreiden naar teams</translation>
    </message>
    <message>
        <source>Team names, separated by commas</source>
        <translation>Teamnamen, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Bewijs en notities</translation>
    </message>
    <message>
        <source>e.g. film recording discussed in the team meeting</source>
        <translation>bijv. filmopname besproken in het teamoverleg</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Choose an experiment on the board, or add one (Insert).</source>
        <translation>Kies een experiment op het bord, of voeg er een toe (Insert).</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <source>+ pair…</source>
        <translation>+ koppel…</translation>
    </message>
    <message>
        <source>Edit &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; bewerken</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;: {status}</source>
        <translation>&apos;{title}&apos;: {status}</translation>
    </message>
    <message>
        <source>An experiment cannot go from &apos;{old}&apos; straight to &apos;{new}&apos;. Follow the path idea → planned → running → done (or stopped).</source>
        <translation>Een experiment kan niet van &apos;{old}&apos; meteen naar &apos;{new}&apos;. Volg het pad idee → gepland → loopt → afgerond (of gestopt).</translation>
    </message>
    <message>
        <source>Say why the experiment stops: write its lesson or a note.</source>
        <translation>Zeg waarom het experiment stopt: schrijf de les of een notitie.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; needs a {what} first.</source>
        <translation>Voor &apos;{status}&apos; is eerst een {what} nodig.</translation>
    </message>
    <message>
        <source>A result comes once the experiment runs: set it to &apos;running&apos; first.</source>
        <translation>Een resultaat komt als het experiment loopt: zet het eerst op &apos;loopt&apos;.</translation>
    </message>
    <message>
        <source>Decide to spread, adjust or stop once there is a result.</source>
        <translation>Besluit pas tot verspreiden, bijstellen of stoppen als er een resultaat is.</translation>
    </message>
    <message>
        <source>What does not work is not spread: adjust or stop it, and keep its lesson.</source>
        <translation>Wat niet werkt, verspreid je niet: stel het bij of stop, en bewaar de les.</translation>
    </message>
    <message>
        <source>Name the teams it spreads to.</source>
        <translation>Noem de teams waarnaar het wordt verspreid.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Hours must be a number above 0 and at most 100 (for example 1,5).</source>
        <translation>Uren moeten een getal boven 0 en hoogstens 100 zijn (bijvoorbeeld 1,5).</translation>
    </message>
    <message>
        <source>The budget must be a number of hours above 0.</source>
        <translation>Het budget moet een aantal uren boven 0 zijn.</translation>
    </message>
    <message>
        <source>This date is not valid.</source>
        <translation>Deze datum is niet geldig.</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>Schrijf eerst op wat er gebeurde.</translation>
    </message>
    <message>
        <source>A contact person needs a name.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This trajectory is open read-only; changes are not possible.</source>
        <translation>Dit traject is alleen-lezen geopend; wijzigen kan niet.</translation>
    </message>
    <message>
        <source>Learning pairs of &apos;{title}&apos;</source>
        <translation>Leerkoppels van &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Edit hours of {date}</source>
        <translation>Uren van {date} bewerken</translation>
    </message>
    <message>
        <source>Rename goal</source>
        <translation>Doel hernoemen</translation>
    </message>
    <message>
        <source>Hoe houden we de kennis over omgaan met jongeren op peil?</source>
        <translation>Hoe houden we de kennis over omgaan met jongeren op peil?</translation>
    </message>
    <message>
        <source>Where does the question come from?</source>
        <translation>Waar komt de vraag vandaan?</translation>
    </message>
    <message>
        <source>For the sector&apos;s lessons library, e.g. Jongerenwerk</source>
        <translation>Voor de lessenbibliotheek van de branche, bijv. Jongerenwerk</translation>
    </message>
    <message>
        <source>One per line: name; role; e-mail; phone</source>
        <translation>Eén per regel: naam; functie; e-mail; telefoon</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>The organisation&apos;s question</source>
        <translation>De vraag van de organisatie</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Waar de vraag vandaan komt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Advice hours granted</source>
        <translation>Toegekende adviesuren</translation>
    </message>
    <message>
        <source>A goal of the organisation, Enter to add</source>
        <translation>Een doel van de organisatie, Enter om toe te voegen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Goals (shared with the expertise map)</source>
        <translation>Doelen (gedeeld met de kenniskaart)</translation>
    </message>
    <message>
        <source>Edit the intake</source>
        <translation>Intake bewerken</translation>
    </message>
    <message>
        <source>A new experiment, Enter to add</source>
        <translation>Een nieuw experiment, Enter om toe te voegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add an experiment (Insert)</source>
        <translation>Een experiment toevoegen (Insert)</translation>
    </message>
    <message>
        <source>◀ Status</source>
        <translation>◀ Status</translation>
    </message>
    <message>
        <source>One status back (Ctrl+Left)</source>
        <translation>Eén status terug (Ctrl+Links)</translation>
    </message>
    <message>
        <source>Status ▶</source>
        <translation>Status ▶</translation>
    </message>
    <message>
        <source>One status on (Ctrl+Right)</source>
        <translation>Eén status verder (Ctrl+Rechts)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the experiment (Delete)</source>
        <translation>Het experiment verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Cards (PDF)…</source>
        <translation>Kaarten (PDF)…</translation>
    </message>
    <message>
        <source>Print the experiment cards</source>
        <translation>De experimentkaarten afdrukken</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Nieuw experiment</translation>
    </message>
    <message>
        <source>Add experiment &apos;{title}&apos;</source>
        <translation>Experiment &apos;{title}&apos; toevoegen</translation>
    </message>
    <message>
        <source>Remove experiment &apos;{title}&apos;</source>
        <translation>Experiment &apos;{title}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Save the experiment cards as</source>
        <translation>Experimentkaarten opslaan als</translation>
    </message>
    <message>
        <source>Experiment cards saved ({n} pages): {path}</source>
        <translation>Experimentkaarten opgeslagen ({n} pagina&apos;s): {path}</translation>
    </message>
    <message>
        <source>A new way of working, Enter to add</source>
        <translation>Een nieuwe werkwijze, Enter om toe te voegen</translation>
    </message>
    <message>
        <source>Ambassador:</source>
        <translation>Ambassadeur:</translation>
    </message>
    <message>
        <source>Make ambassador</source>
        <translation>Ambassadeur maken</translation>
    </message>
    <message>
        <source>Next step: study → try → share</source>
        <translation>Volgende stap: verdiepen → uitproberen → delen</translation>
    </message>
    <message>
        <source>Ways of working and their ambassadors</source>
        <translation>Werkwijzen en hun ambassadeurs</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Wat werd gedeeld</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Team-meeting log: who shared what</source>
        <translation>Logboek teamoverleg: wie deelde wat</translation>
    </message>
    <message>
        <source>(who?)</source>
        <translation>(wie?)</translation>
    </message>
    <message>
        <source>(no experiment)</source>
        <translation>(geen experiment)</translation>
    </message>
    <message>
        <source>Add way of working</source>
        <translation>Werkwijze toevoegen</translation>
    </message>
    <message>
        <source>Remove way of working</source>
        <translation>Werkwijze verwijderen</translation>
    </message>
    <message>
        <source>Make {name} ambassador</source>
        <translation>{name} ambassadeur maken</translation>
    </message>
    <message>
        <source>{name} already shares it.</source>
        <translation>{name} deelt het al.</translation>
    </message>
    <message>
        <source>{name}: {stage}</source>
        <translation>{name}: {stage}</translation>
    </message>
    <message>
        <source>Remove ambassador</source>
        <translation>Ambassadeur verwijderen</translation>
    </message>
    <message>
        <source>Log a team meeting</source>
        <translation>Teamoverleg vastleggen</translation>
    </message>
    <message>
        <source>Remove a log line</source>
        <translation>Regel uit het logboek verwijderen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Toelichting (optioneel)</translation>
    </message>
    <message>
        <source>Book hours</source>
        <translation>Uren boeken</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Budget: </source>
        <translation>Budget: </translation>
    </message>
    <message>
        <source>The advice hours granted to this organisation (36 in the programme)</source>
        <translation>De adviesuren die deze organisatie kreeg (36 in het programma)</translation>
    </message>
    <message>
        <source>What did the hours deliver? (PDF)…</source>
        <translation>Wat leverden de uren op? (PDF)…</translation>
    </message>
    <message>
        <source>(for: nothing in particular)</source>
        <translation>(voor: niets in het bijzonder)</translation>
    </message>
    <message>
        <source>Budget: {h} hours</source>
        <translation>Budget: {h} uur</translation>
    </message>
    <message>
        <source>{used} of {budget} hours used, {left} left</source>
        <translation>{used} van {budget} uur besteed, {left} over</translation>
    </message>
    <message>
        <source>Note: {p} % of the budget is used.</source>
        <translation>Let op: {p} % van het budget is besteed.</translation>
    </message>
    <message>
        <source>The budget is spent ({p} %): agree on more hours or stop booking.</source>
        <translation>Het budget is op ({p} %): spreek meer uren af of stop met boeken.</translation>
    </message>
    <message>
        <source>Ran out on {date}.</source>
        <translation>Op sinds {date}.</translation>
    </message>
    <message>
        <source>At {pace} hours a week it runs out around {date}.</source>
        <translation>Bij {pace} uur per week is het rond {date} op.</translation>
    </message>
    <message>
        <source>Book {h} hours {activity}</source>
        <translation>{h} uur boeken: {activity}</translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation>Uren verwijderen</translation>
    </message>
    <message>
        <source>Save the hours report as</source>
        <translation>Urenverantwoording opslaan als</translation>
    </message>
    <message>
        <source>Hours report saved: {path}</source>
        <translation>Urenverantwoording opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Open a trajectory to work on its experiments and hours.</source>
        <translation>Open een traject om aan de experimenten en uren te werken.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimenten</translation>
    </message>
    <message>
        <source>Question and goals</source>
        <translation>Vraag en doelen</translation>
    </message>
    <message>
        <source>Ambassadors and team meetings</source>
        <translation>Ambassadeurs en teamoverleg</translation>
    </message>
    <message>
        <source>Advice hours</source>
        <translation>Adviesuren</translation>
    </message>
    <message>
        <source>Programme: organisations together</source>
        <translation>Programma: de organisaties samen</translation>
    </message>
    <message>
        <source>Choose a folder with the organisations&apos; files, or the files themselves. They are only read, never changed.</source>
        <translation>Kies een map met de bestanden van de organisaties, of de bestanden zelf. Ze worden alleen gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Bestanden…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <source>Book hours…</source>
        <translation>Uren boeken…</translation>
    </message>
    <message>
        <source>Open this organisation&apos;s file to add hours or an experiment</source>
        <translation>Het bestand van deze organisatie openen om uren of een experiment toe te voegen</translation>
    </message>
    <message>
        <source>Search the lessons (theme, question, approach, lesson)</source>
        <translation>Zoeken in de lessen (thema, vraag, aanpak, les)</translation>
    </message>
    <message>
        <source>Name the organisations</source>
        <translation>Organisaties bij naam noemen</translation>
    </message>
    <message>
        <source>Write overview and library…</source>
        <translation>Overzicht en bibliotheek schrijven…</translation>
    </message>
    <message>
        <source>Theme and experiment</source>
        <translation>Thema en experiment</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Lessons library (anonymised: names become [naam])</source>
        <translation>Lessenbibliotheek (geanonimiseerd: namen worden [naam])</translation>
    </message>
    <message>
        <source>Folder with the organisations&apos; files</source>
        <translation>Map met de bestanden van de organisaties</translation>
    </message>
    <message>
        <source>The organisations&apos; files</source>
        <translation>De bestanden van de organisaties</translation>
    </message>
    <message>
        <source>{n} organisations · {used} of {budget} hours used · {lessons} lessons · {problems} files not read</source>
        <translation>{n} organisaties · {used} van {budget} uur besteed · {lessons} lessen · {problems} bestanden niet gelezen</translation>
    </message>
    <message>
        <source>(in {n} organisations)</source>
        <translation>(bij {n} organisaties)</translation>
    </message>
    <message>
        <source>Write the overview and library into</source>
        <translation>Overzicht en bibliotheek schrijven in</translation>
    </message>
    <message>
        <source>Written:
{files}</source>
        <translation>Geschreven:
{files}</translation>
    </message>
    <message>
        <source>Names taken out of the library</source>
        <translation>Namen die uit de bibliotheek zijn gehaald</translation>
    </message>
    <message>
        <source>No names were found in the lessons.</source>
        <translation>Er zijn geen namen gevonden in de lessen.</translation>
    </message>
    <message>
        <source>These names (and organisation names, unless you chose to name them) are replaced by [naam] or [organisatie] in the library. Check the list, then write.</source>
        <translation>Deze namen (en namen van organisaties, tenzij u koos ze te noemen) worden in de bibliotheek vervangen door [naam] of [organisatie]. Controleer de lijst en schrijf dan.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>ambassador {name}</source>
        <translation>ambassadeur {name}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>nog te besluiten</translation>
    </message>
    <message>
        <source>→ {teams}</source>
        <translation>→ {teams}</translation>
    </message>
    <message>
        <source>The room proposes: type an experiment, Enter</source>
        <translation>De zaal stelt voor: typ een experiment, Enter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell; Space ticks &apos;Run&apos;. The wall shows the cards.</source>
        <translation>Dubbelklik of F2 bewerkt een cel; spatie vinkt &apos;Uitvoeren&apos; aan. De beamer toont de kaarten.</translation>
    </message>
    <message>
        <source>Show: {view}</source>
        <translation>Toon: {view}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>LinkedIn group</source>
        <translation>LinkedIn-groep</translation>
    </message>
    <message>
        <source>knowledge café</source>
        <translation>kenniscafé</translation>
    </message>
    <message>
        <source>street academy</source>
        <translation>academie van de straat</translation>
    </message>
    <message>
        <source>peer consultation</source>
        <translation>intervisie</translation>
    </message>
    <message>
        <source>contact with HR</source>
        <translation>contact met HR</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support wanted</source>
        <translation>Ondersteuning gewenst</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>de beschrijving</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>de soort</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>de trekker</translation>
    </message>
    <message>
        <source>who is also involved</source>
        <translation>wie er ook bij betrokken is</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>de startdatum</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>de deadline</translation>
    </message>
    <message>
        <source>the support wanted</source>
        <translation>de gewenste ondersteuning</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>de status</translation>
    </message>
</context>
<context>
    <name>ActionsConsole</name>
    <message>
        <source>Projector: all groups</source>
        <translation>Beamer: alle groepen</translation>
    </message>
    <message>
        <source>Show all groups&apos; plans in a summary instead of this group&apos;s plan</source>
        <translation>Toon de plannen van alle groepen in een overzicht in plaats van het plan van deze groep</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>What will the group organise? Enter adds it</source>
        <translation>Wat gaat de groep organiseren? Enter voegt het toe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Geselecteerde actie</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Also involved</source>
        <translation>Ook betrokken</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Support wanted</source>
        <translation>Ondersteuning gewenst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Each field is saved as you leave it; Ctrl+Z undoes it.</source>
        <translation>Elk veld wordt bewaard zodra je het verlaat; Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(nog geen trekker)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Actie verplaatsen</translation>
    </message>
    <message>
        <source>Change {field} of “{title}”</source>
        <translation>{field} van “{title}” wijzigen</translation>
    </message>
</context>
<context>
    <name>ActionsOverviewPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Added after the startdag</source>
        <translation>Toegevoegd na de startdag</translation>
    </message>
    <message>
        <source>Counted as added after the startdag when it was typed after the startdag ended (or, when nobody ended it, after the next meeting started). Tick or untick to decide it yourself.</source>
        <translation>Telt als toegevoegd na de startdag wanneer de actie is ingevoerd nadat de startdag was afgesloten (of, als niemand hem afsloot, nadat de volgende bijeenkomst begon). Vink aan of uit om het zelf te bepalen.</translation>
    </message>
    <message>
        <source>Follow the meeting&apos;s times</source>
        <translation>Volg de tijden van de bijeenkomst</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>What happened, what was asked or answered</source>
        <translation>Wat er gebeurde, wat er gevraagd of geantwoord is</translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation>Aan het &amp;logboek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Nieuwe status:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Log of “{title}” ({group})</source>
        <translation>Logboek van “{title}” ({group})</translation>
    </message>
    <message>
        <source>Support asked for at the startdag: {text}</source>
        <translation>Ondersteuning gevraagd op de startdag: {text}</translation>
    </message>
    <message>
        <source>Select an action to see and add to its log.</source>
        <translation>Kies een actie om het logboek te zien en aan te vullen.</translation>
    </message>
    <message>
        <source>(marked by hand)</source>
        <translation>(met de hand aangegeven)</translation>
    </message>
    <message>
        <source>(by the meeting&apos;s times)</source>
        <translation>(volgens de tijden van de bijeenkomst)</translation>
    </message>
    <message>
        <source>Save the harvest report as</source>
        <translation>Oogstverslag opslaan als</translation>
    </message>
    <message>
        <source>Harvest report saved: {path}</source>
        <translation>Oogstverslag opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>Logboek: {kind}</translation>
    </message>
    <message>
        <source>Mark as added after the startdag</source>
        <translation>Aangeven als toegevoegd na de startdag</translation>
    </message>
    <message>
        <source>Mark as part of the startdag</source>
        <translation>Aangeven als deel van de startdag</translation>
    </message>
    <message>
        <source>Remove log entry</source>
        <translation>Logboekregel verwijderen</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>e.g. Intervisiegroep Noord</source>
        <translation>bijv. Intervisiegroep Noord</translation>
    </message>
    <message>
        <source>a date or a period, e.g. October to December</source>
        <translation>een datum of periode, bijv. oktober tot december</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Geen maximum</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Date or &amp;period:</source>
        <translation>Datum of &amp;periode:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>P&amp;laatsen:</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo trajectory</source>
        <translation>&amp;Demotraject openen</translation>
    </message>
    <message>
        <source>Open the demo &amp;Leercultuur (learning from each other)</source>
        <translation>Demo &amp;Leercultuur openen (leren van elkaar)</translation>
    </message>
    <message>
        <source>New demo trajectory</source>
        <translation>Nieuw demotraject</translation>
    </message>
    <message>
        <source>New demo Leercultuur</source>
        <translation>Nieuwe demo Leercultuur</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Trajectory &amp;details…</source>
        <translation>&amp;Trajectgegevens…</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Print handouts…</source>
        <translation>Handouts &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Harvest report (PDF)…</source>
        <translation>&amp;Oogstverslag (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>&amp;Delete trajectory…</source>
        <translation>Traject &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close trajectory</source>
        <translation>Traject &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Bijeenkomst starten</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>V&amp;orige stap</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Deze stap over&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Insert a step after this one…</source>
        <translation>Stap &amp;invoegen na deze…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the timer</source>
        <translation>&amp;Timer pauzeren of hervatten</translation>
    </message>
    <message>
        <source>&amp;Extend by 5 minutes</source>
        <translation>&amp;5 minuten erbij</translation>
    </message>
    <message>
        <source>Start &amp;presenting</source>
        <translation>&amp;Presenteren starten</translation>
    </message>
    <message>
        <source>S&amp;top presenting</source>
        <translation>Presenteren stopp&amp;en</translation>
    </message>
    <message>
        <source>Projector &amp;window</source>
        <translation>Bea&amp;mervenster</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>&amp;Zwart scherm</translation>
    </message>
    <message>
        <source>&amp;White screen</source>
        <translation>&amp;Wit scherm</translation>
    </message>
    <message>
        <source>&amp;Freeze the projector</source>
        <translation>Projector &amp;bevriezen</translation>
    </message>
    <message>
        <source>Let p&amp;hones join</source>
        <translation>Telefoons laten &amp;meedoen</translation>
    </message>
    <message>
        <source>Show the &amp;join slide for phones</source>
        <translation>&amp;Meedoen-dia voor telefoons tonen</translation>
    </message>
    <message>
        <source>&amp;Larger text on the projector</source>
        <translation>&amp;Grotere tekst op de beamer</translation>
    </message>
    <message>
        <source>&amp;Smaller text on the projector</source>
        <translation>&amp;Kleinere tekst op de beamer</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Dark projector theme</source>
        <translation>&amp;Donker thema op de beamer</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;About Startdag</source>
        <translation>&amp;Over Startdag</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} deelnemers</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 vraag</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} vragen</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 actie</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} acties</translation>
    </message>
    <message>
        <source>before an update of the file</source>
        <translation>vóór het omzetten van het bestand</translation>
    </message>
    <message>
        <source>at open</source>
        <translation>bij openen</translation>
    </message>
    <message>
        <source>meeting started</source>
        <translation>bijeenkomst gestart</translation>
    </message>
    <message>
        <source>during the meeting</source>
        <translation>tijdens de bijeenkomst</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>bij sluiten</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>Kept: the last {n} and the newest of each day; backups older than {days} days are removed, except the newest of each trajectory. Backups taken before an update of the file are not rotated away.</source>
        <translation>Bewaard: de laatste {n} en de nieuwste van elke dag; reservekopieën ouder dan {days} dagen worden verwijderd, behalve de nieuwste van elk traject. Reservekopieën van vóór het omzetten van het bestand vallen niet weg bij het doorschuiven.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Save the restored copy as</source>
        <translation>Herstelde kopie opslaan als</translation>
    </message>
    <message>
        <source>The newest good backup is from {time} — {holds}.

Opening it makes a copy beside the damaged file, named “{name}”. The damaged file is not changed.</source>
        <translation>De nieuwste goede reservekopie is van {time} — {holds}.

Openen maakt een kopie naast het beschadigde bestand, met de naam „{name}”. Het beschadigde bestand blijft zoals het is.</translation>
    </message>
    <message>
        <source>Open the backup as a copy</source>
        <translation>Reservekopie openen als kopie</translation>
    </message>
    <message>
        <source>All backups…</source>
        <translation>Alle reservekopieën…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>A second place (a USB stick, a synced folder) gets a copy of every backup: the laptop&apos;s disk dies with the laptop.</source>
        <translation>Een tweede plek (een USB-stick, een gesynchroniseerde map) krijgt een kopie van elke reservekopie: de schijf van de laptop gaat met de laptop verloren.</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>Reservekopieën bewaren</translation>
    </message>
    <message>
        <source>Second place</source>
        <translation>Tweede plek</translation>
    </message>
    <message>
        <source>Open as a copy</source>
        <translation>Openen als kopie</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>This trajectory: {name}</source>
        <translation>Dit traject: {name}</translation>
    </message>
    <message>
        <source>(no backups yet)</source>
        <translation>(nog geen reservekopieën)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Backups: {count} ({size}) in {folder}</source>
        <translation>Reservekopieën: {count} ({size}) in {folder}</translation>
    </message>
    <message>
        <source>No backups of this trajectory were found.</source>
        <translation>Van dit traject zijn geen reservekopieën gevonden.</translation>
    </message>
    <message>
        <source>All backups of all trajectories: {count}, {size}.</source>
        <translation>Alle reservekopieën van alle trajecten: {count}, {size}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>A second place for backups</source>
        <translation>Een tweede plek voor reservekopieën</translation>
    </message>
    <message>
        <source>Delete the trajectory “{title}”?</source>
        <translation>Het traject „{title}” verwijderen?</translation>
    </message>
    <message>
        <source>This removes the file {path} and its backups ({count}, {size}) from {places}. The names, e-mail addresses and SWOTs of its participants are then gone. This cannot be undone.</source>
        <translation>Dit verwijdert het bestand {path} en de reservekopieën ervan ({count}, {size}) uit {places}. De namen, e-mailadressen en SWOT’s van de deelnemers zijn dan weg. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete trajectory and backups</source>
        <translation>Traject en reservekopieën verwijderen</translation>
    </message>
    <message>
        <source>Deleted {path} and its backups ({count}).</source>
        <translation>{path} en de reservekopieën ervan ({count}) zijn verwijderd.</translation>
    </message>
    <message>
        <source>Could not take a backup: {reason}</source>
        <translation>Kon geen reservekopie maken: {reason}</translation>
    </message>
    <message>
        <source>The backup was taken, but the second place is not reachable: {reason}</source>
        <translation>De reservekopie is gemaakt, maar de tweede plek is niet bereikbaar: {reason}</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Rename column</source>
        <translation>Kolomnaam wijzigen</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Item bewerken</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1e keuze</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2e keuze</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3e keuze</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The file name must end in {suffix}.</source>
        <translation>De bestandsnaam moet eindigen op {suffix}.</translation>
    </message>
    <message>
        <source>The file {path} already exists (use --force to replace it).</source>
        <translation>Het bestand {path} bestaat al (gebruik --force om het te vervangen).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <source>Give a --title (or --demo).</source>
        <translation>Geef een --title op (of --demo).</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>{path} gemaakt</translation>
    </message>
    <message>
        <source>Unknown export kind: {kinds}. Choose from {all}.</source>
        <translation>Onbekende soort export: {kinds}. Kies uit {all}.</translation>
    </message>
    <message>
        <source>more than one sheet holds a list of people, so nothing was imported:</source>
        <translation>meer dan één blad bevat een lijst met mensen, dus er is niets geïmporteerd:</translation>
    </message>
    <message>
        <source>Choose one with --sheet, for example: --sheet {name} or --sheet {number}</source>
        <translation>Kies er een met --sheet, bijvoorbeeld: --sheet {name} of --sheet {number}</translation>
    </message>
    <message>
        <source>--column {spec} names no field and column of this list. Fields: {fields}. Columns: {columns}.</source>
        <translation>--column {spec} noemt geen veld en kolom van deze lijst. Velden: {fields}. Kolommen: {columns}.</translation>
    </message>
    <message>
        <source>not every column is certain, so nothing was imported:</source>
        <translation>niet elke kolom is zeker, dus er is niets geïmporteerd:</translation>
    </message>
    <message>
        <source>Choose with --column, for example: --column {field}={title}</source>
        <translation>Kies met --column, bijvoorbeeld: --column {field}={title}</translation>
    </message>
    <message>
        <source>Say which column holds the names: --column {field}=TITLE, or for a list without column titles --header-row 0 --column {field}=A</source>
        <translation>Zeg welke kolom de namen bevat: --column {field}=TITEL, of voor een lijst zonder kolomtitels --header-row 0 --column {field}=A</translation>
    </message>
    <message>
        <source>No backups of {path} were found in {folder}.</source>
        <translation>Geen reservekopieën van {path} gevonden in {folder}.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <source>Backups: {count}, {size}, in {folder}</source>
        <translation>Reservekopieën: {count}, {size}, in {folder}</translation>
    </message>
    <message>
        <source>No good backup of {path} was found ({n} looked at).</source>
        <translation>Geen goede reservekopie van {path} gevonden ({n} bekeken).</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}</source>
        <translation>{path} hersteld uit {backup}</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>taal van de meldingen</translation>
    </message>
    <message>
        <source>Startdag on the command line.</source>
        <translation>Startdag op de opdrachtregel.</translation>
    </message>
    <message>
        <source>create a trajectory file</source>
        <translation>een trajectbestand maken</translation>
    </message>
    <message>
        <source>the new .startdag file</source>
        <translation>het nieuwe .startdag-bestand</translation>
    </message>
    <message>
        <source>the trajectory&apos;s title</source>
        <translation>de titel van het traject</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>the concept of the kickoff day</source>
        <translation>het begrip van de startdag</translation>
    </message>
    <message>
        <source>write a demo: rotterdam (the default), leercultuur, or programme (FILE is then a folder for fifteen organisations)</source>
        <translation>schrijf een demo: rotterdam (standaard), leercultuur, of programme (FILE is dan een map voor vijftien organisaties)</translation>
    </message>
    <message>
        <source>comma-separated kinds: group,personal,swot,attendance,signup,badges,report,csv,xlsx (default: all); harvest for the harvest report; kenniskaart,pairs,intervisie for learning from each other</source>
        <translation>soorten, gescheiden door komma&apos;s: group,personal,swot,attendance,signup,badges,report,csv,xlsx (standaard: alle); harvest voor het oogstverslag; kenniskaart,pairs,intervisie voor leren van elkaar</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>een bestaand bestand vervangen</translation>
    </message>
    <message>
        <source>write handouts and tables</source>
        <translation>handouts en tabellen schrijven</translation>
    </message>
    <message>
        <source>the .startdag file</source>
        <translation>het .startdag-bestand</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>de map om in te schrijven</translation>
    </message>
    <message>
        <source>import a participant list</source>
        <translation>een deelnemerslijst importeren</translation>
    </message>
    <message>
        <source>the list: .xlsx, .xls, .ods, .csv or .txt</source>
        <translation>de lijst: .xlsx, .xls, .ods, .csv of .txt</translation>
    </message>
    <message>
        <source>the sheet to import: its name, or its position counted from 1</source>
        <translation>het blad om te importeren: de naam, of de plaats geteld vanaf 1</translation>
    </message>
    <message>
        <source>which column holds a field, e.g. --column voornaam=Roepnaam (repeat for more; negeer=TITLE imports a column as nothing)</source>
        <translation>welke kolom een veld bevat, bijv. --column voornaam=Roepnaam (herhaal voor meer; negeer=TITEL importeert een kolom als niets)</translation>
    </message>
    <message>
        <source>the row that holds the column titles (0: the list has none; then name columns by letter, e.g. --column naam=A)</source>
        <translation>de rij met de kolomtitels (0: de lijst heeft er geen; noem de kolommen dan bij hun letter, bijv. --column naam=A)</translation>
    </message>
    <message>
        <source>import rows hidden by a filter or by hand too</source>
        <translation>ook rijen importeren die door een filter of met de hand verborgen zijn</translation>
    </message>
    <message>
        <source>remove the people who are not on this list</source>
        <translation>de mensen verwijderen die niet op deze lijst staan</translation>
    </message>
    <message>
        <source>show what the import would change, change nothing</source>
        <translation>laten zien wat de import zou veranderen, niets veranderen</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>het verslag als JSON afdrukken</translation>
    </message>
    <message>
        <source>list the backups of a trajectory</source>
        <translation>de reservekopieën van een traject tonen</translation>
    </message>
    <message>
        <source>the .startdag file (damaged or not)</source>
        <translation>het .startdag-bestand (beschadigd of niet)</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>de lijst als JSON afdrukken</translation>
    </message>
    <message>
        <source>write a working copy of a backup</source>
        <translation>een werkkopie van een reservekopie schrijven</translation>
    </message>
    <message>
        <source>a backup file, or with --newest the trajectory file</source>
        <translation>een reservekopie, of met --newest het trajectbestand</translation>
    </message>
    <message>
        <source>take the newest good backup of the trajectory file</source>
        <translation>de nieuwste goede reservekopie van het trajectbestand nemen</translation>
    </message>
    <message>
        <source>the new .startdag file to write</source>
        <translation>het nieuwe .startdag-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>roll up many organisations&apos; files (read-only) into an overview and a lessons library</source>
        <translation>de bestanden van veel organisaties (alleen lezen) samenvatten in een overzicht en een lessenbibliotheek</translation>
    </message>
    <message>
        <source>trajectory files, or folders holding them</source>
        <translation>trajectbestanden, of mappen waarin ze staan</translation>
    </message>
    <message>
        <source>print the organisations and problems as JSON</source>
        <translation>de organisaties en problemen als JSON afdrukken</translation>
    </message>
    <message>
        <source>name the organisations in the lessons library</source>
        <translation>de organisaties bij naam noemen in de lessenbibliotheek</translation>
    </message>
    <message>
        <source>Names replaced by [naam] in the library:</source>
        <translation>Namen die in de bibliotheek door [naam] zijn vervangen:</translation>
    </message>
    <message>
        <source>Not included: {file}: {reason}</source>
        <translation>Niet meegenomen: {file}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for the programme demo.</source>
        <translation>{path} is een bestand; geef een map voor de programmademo.</translation>
    </message>
</context>
<context>
    <name>CliPeer</name>
    <message>
        <source>row {row}: {person} is not on the participant list (not added)</source>
        <translation>rij {row}: {person} staat niet op de deelnemerslijst (niet toegevoegd)</translation>
    </message>
    <message>
        <source>row {row}: no person</source>
        <translation>rij {row}: geen persoon</translation>
    </message>
    <message>
        <source>row {row}: no competence</source>
        <translation>rij {row}: geen competentie</translation>
    </message>
    <message>
        <source>row {row}: level &apos;{value}&apos; for {competence} is not 0-4 (skipped)</source>
        <translation>rij {row}: niveau &apos;{value}&apos; voor {competence} is niet 0-4 (overgeslagen)</translation>
    </message>
    <message>
        <source>row {row}: &apos;{value}&apos; for {competence} is not yes or no (skipped)</source>
        <translation>rij {row}: &apos;{value}&apos; voor {competence} is geen ja of nee (overgeslagen)</translation>
    </message>
    <message>
        <source>row {row}: priority &apos;{value}&apos; for {competence} is not 1-3 (skipped)</source>
        <translation>rij {row}: prioriteit &apos;{value}&apos; voor {competence} is niet 1-3 (overgeslagen)</translation>
    </message>
    <message>
        <source>Read {rows} rows ({form} form): {ratings} ratings for {people} people.</source>
        <translation>{rows} rijen gelezen ({form} vorm): {ratings} beoordelingen voor {people} personen.</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lange</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>brede</translation>
    </message>
    <message>
        <source>New competences: {names}</source>
        <translation>Nieuwe competenties: {names}</translation>
    </message>
    <message>
        <source>Columns that hold no levels were left out: {names}</source>
        <translation>Kolommen zonder niveaus zijn weggelaten: {names}</translation>
    </message>
    <message>
        <source>{n} ratings have wants-to-learn and can-teach set from the level; confirm them on the grid.</source>
        <translation>Bij {n} beoordelingen zijn ‘wil leren’ en ‘kan leren geven’ afgeleid van het niveau; bevestig ze in het rooster.</translation>
    </message>
    <message>
        <source>There is no pair {id}; nothing was ended.</source>
        <translation>Er is geen koppel {id}; er is niets beëindigd.</translation>
    </message>
    <message>
        <source>Pair {id} is not published (a draft can be removed in the console); nothing was ended.</source>
        <translation>Koppel {id} is niet gepubliceerd (een concept kun je in de console verwijderen); er is niets beëindigd.</translation>
    </message>
    <message>
        <source>Ended: {why}</source>
        <translation>Beëindigd: {why}</translation>
    </message>
    <message>
        <source>--end cannot be combined with proposing options.</source>
        <translation>--end gaat niet samen met opties voor een voorstel.</translation>
    </message>
    <message>
        <source>--capacity must be between 0 and 20.</source>
        <translation>--capacity moet tussen 0 en 20 liggen.</translation>
    </message>
    <message>
        <source>--max-pairs must be between 1 and 10.</source>
        <translation>--max-pairs moet tussen 1 en 10 liggen.</translation>
    </message>
    <message>
        <source>{paired} of {wanted} learning wishes paired.</source>
        <translation>{paired} van {wanted} leerwensen gekoppeld.</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Gepubliceerd.</translation>
    </message>
    <message>
        <source>import a skills matrix into the expertise map</source>
        <translation>importeer een competentiematrix in de kenniskaart</translation>
    </message>
    <message>
        <source>the .startdag file</source>
        <translation>het .startdag-bestand</translation>
    </message>
    <message>
        <source>the matrix: .xlsx or .csv, long or wide form</source>
        <translation>de matrix: .xlsx of .csv, lange of brede vorm</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>druk het verslag af als JSON</translation>
    </message>
    <message>
        <source>propose learning pairs</source>
        <translation>stel leerkoppels voor</translation>
    </message>
    <message>
        <source>learners per expert, for experts without their own capacity</source>
        <translation>leerders per expert, voor experts zonder eigen capaciteit</translation>
    </message>
    <message>
        <source>pairs per learner in all (default 2)</source>
        <translation>koppels per leerder in totaal (standaard 2)</translation>
    </message>
    <message>
        <source>pair only people from different teams</source>
        <translation>koppel alleen mensen uit verschillende teams</translation>
    </message>
    <message>
        <source>publish the draft</source>
        <translation>publiceer het concept</translation>
    </message>
    <message>
        <source>end a published pair (its number in the list; repeatable): it carries no load any more and is never proposed again</source>
        <translation>beëindig een gepubliceerd koppel (het nummer in de lijst; herhaalbaar): het telt niet meer mee in de belasting en wordt nooit opnieuw voorgesteld</translation>
    </message>
    <message>
        <source>print wanted, paired and the pairs as JSON</source>
        <translation>druk gewenst, gekoppeld en de koppels af als JSON</translation>
    </message>
</context>
<context>
    <name>ColumnPanel</name>
    <message>
        <source>Column title</source>
        <translation>Kolomtitel</translation>
    </message>
    <message>
        <source>Move the column left</source>
        <translation>Kolom naar links</translation>
    </message>
    <message>
        <source>Move the column right</source>
        <translation>Kolom naar rechts</translation>
    </message>
    <message>
        <source>Remove the column</source>
        <translation>Kolom verwijderen</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Typ, dan Enter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Pijl-omhoog)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Pijl-omlaag)</translation>
    </message>
    <message>
        <source>To the column on the left (Alt+Left)</source>
        <translation>Naar de kolom links (Alt+Pijl-links)</translation>
    </message>
    <message>
        <source>To the column on the right (Alt+Right)</source>
        <translation>Naar de kolom rechts (Alt+Pijl-rechts)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the item (Del)</source>
        <translation>Item verwijderen (Del)</translation>
    </message>
</context>
<context>
    <name>ConceptConsole</name>
    <message>
        <source>New column: type a title and press Enter</source>
        <translation>Nieuwe kolom: typ een titel en druk op Enter</translation>
    </message>
    <message>
        <source>Set up the board</source>
        <translation>Bord klaarzetten</translation>
    </message>
    <message>
        <source>Add “{text}”</source>
        <translation>“{text}” toevoegen</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Item verwijderen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Item verplaatsen</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Kolom verplaatsen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Kolom verwijderen</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 15-5 or 15 May</source>
        <translation>bijv. 15-5 of 15 mei</translation>
    </message>
    <message>
        <source>Pick a date in the calendar (Alt+Down)</source>
        <translation>Kies een datum in de kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type for example 15-5, 15-05-2026 or 15 May.</source>
        <translation>“{text}” is geen datum. Typ bijvoorbeeld 15-5, 15-05-2026 of 15 mei.</translation>
    </message>
    <message>
        <source>Type a date, for example 15-5.</source>
        <translation>Typ een datum, bijvoorbeeld 15-5.</translation>
    </message>
</context>
<context>
    <name>DayConsole</name>
    <message>
        <source>Open a trajectory to run its day.</source>
        <translation>Open een traject om de dag te leiden.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Agenda template</source>
        <translation>Programmasjabloon</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>Leeg programma</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Bijeenkomst:</translation>
    </message>
    <message>
        <source>Run this step now</source>
        <translation>Stap nu doen</translation>
    </message>
    <message>
        <source>Add a step below</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Title of the step</source>
        <translation>Titel van de stap</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Instructions for the room (projected)</source>
        <translation>Instructies voor de zaal (op de beamer)</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <source>For the room:</source>
        <translation>Voor de zaal:</translation>
    </message>
    <message>
        <source>This step has no work area yet.</source>
        <translation>Deze stap heeft nog geen werkruimte.</translation>
    </message>
    <message>
        <source>Private notes (never projected)</source>
        <translation>Eigen notities (nooit op de beamer)</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Eigen notities</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Pagina {page}</translation>
    </message>
    <message>
        <source>Frozen: the wall keeps this picture (F shows it live)</source>
        <translation>Bevroren: de muur houdt dit beeld vast (F toont weer live)</translation>
    </message>
    <message>
        <source>Planned: {h}:{m:02d} h</source>
        <translation>Gepland: {h}:{m:02d} uur</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Ended, {drift}</source>
        <translation>Afgelopen, {drift}</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Stap omhoog</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Stap omlaag</translation>
    </message>
    <message>
        <source>Plan step again</source>
        <translation>Stap weer inplannen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>gestart {time}</translation>
    </message>
    <message>
        <source>ended {time}</source>
        <translation>afgelopen {time}</translation>
    </message>
    <message>
        <source>+{n} min</source>
        <translation>+{n} min</translation>
    </message>
    <message>
        <source>Choose a step in the agenda.</source>
        <translation>Kies een stap in het programma.</translation>
    </message>
    <message>
        <source>Welcome: the room sees the title and the instructions above. Check in late arrivals on the Participants tab (Ctrl+L).</source>
        <translation>Welkom: de zaal ziet de titel en de instructies hierboven. Laatkomers checkt u in op het tabblad Deelnemers (Ctrl+L).</translation>
    </message>
    <message>
        <source>Break: the projector shows the instructions and the time left.</source>
        <translation>Pauze: de beamer toont de instructies en de resterende tijd.</translation>
    </message>
    <message>
        <source>Closing: thank the room, and print the handouts (Print handouts on the toolbar).</source>
        <translation>Afsluiting: bedank de zaal en druk de handouts af (Handouts afdrukken in de werkbalk).</translation>
    </message>
    <message>
        <source>The room sees the title and the instructions above; use the private notes for yourself.</source>
        <translation>De zaal ziet de titel en de instructies hierboven; de eigen notities zijn alleen voor u.</translation>
    </message>
    <message>
        <source>The room sees the title and the instructions above.</source>
        <translation>De zaal ziet de titel en de instructies hierboven.</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Naam van stap wijzigen</translation>
    </message>
    <message>
        <source>Change the kind of step</source>
        <translation>Soort stap wijzigen</translation>
    </message>
    <message>
        <source>Change the planned time</source>
        <translation>Geplande tijd wijzigen</translation>
    </message>
    <message>
        <source>Edit the instructions</source>
        <translation>Instructies bewerken</translation>
    </message>
    <message>
        <source>Edit the private notes</source>
        <translation>Eigen notities bewerken</translation>
    </message>
    <message>
        <source>“{title}” has been done. Remove it from the agenda? Undo brings it back.</source>
        <translation>“{title}” is al gedaan. Uit het programma verwijderen? Ongedaan maken zet hem terug.</translation>
    </message>
    <message>
        <source>The meeting is running. Finish or reset it before choosing a template.</source>
        <translation>De bijeenkomst loopt. Rond die eerst af of zet die terug, en kies dan pas een sjabloon.</translation>
    </message>
    <message>
        <source>This step is running. Go to another step first.</source>
        <translation>Deze stap loopt. Ga eerst naar een andere stap.</translation>
    </message>
    <message>
        <source>A step needs a title.</source>
        <translation>Een stap heeft een titel nodig.</translation>
    </message>
</context>
<context>
    <name>ExperimentsModel</name>
    <message>
        <source>Pick &apos;{title}&apos; to run</source>
        <translation>&apos;{title}&apos; kiezen om uit te voeren</translation>
    </message>
    <message>
        <source>Unpick &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; niet meer kiezen</translation>
    </message>
    <message>
        <source>Edit &apos;{title}&apos;</source>
        <translation>&apos;{title}&apos; bewerken</translation>
    </message>
</context>
<context>
    <name>ExpertiseModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>{name}: {experts} expert(s), {learners} want to learn it</source>
        <translation>{name}: {experts} expert(s), {learners} wil(len) het leren</translation>
    </message>
    <message>
        <source>Learners this person takes on as an expert (· = the default)</source>
        <translation>Hoeveel leerders deze persoon als expert begeleidt (· = de standaard)</translation>
    </message>
    <message>
        <source>Not rated. Type 0–4 for the level.</source>
        <translation>Niet beoordeeld. Typ 0–4 voor het niveau.</translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation>Niveau {n}</translation>
    </message>
    <message>
        <source>wants to learn (priority {p})</source>
        <translation>wil leren (prioriteit {p})</translation>
    </message>
    <message>
        <source>can teach</source>
        <translation>kan het leren geven</translation>
    </message>
    <message>
        <source>from the import, not yet confirmed (Enter confirms)</source>
        <translation>uit de import, nog niet bevestigd (Enter bevestigt)</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Rename group</source>
        <translation>Naam van groep wijzigen</translation>
    </message>
</context>
<context>
    <name>GroupsConsole</name>
    <message>
        <source>From questions</source>
        <translation>Uit de vragen</translation>
    </message>
    <message>
        <source>One group per chosen question</source>
        <translation>Eén groep per gekozen vraag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Gekozen groep verwijderen</translation>
    </message>
    <message>
        <source>Who is in the selected group? Name, Enter</source>
        <translation>Wie zit in de gekozen groep? Naam, Enter</translation>
    </message>
    <message>
        <source>Groups (double-click a name to edit it)</source>
        <translation>Groepen (dubbelklik op een naam om die te wijzigen)</translation>
    </message>
    <message>
        <source>Form freely</source>
        <translation>Vrij indelen</translation>
    </message>
    <message>
        <source>Everyone to their first choice</source>
        <translation>Iedereen in de groep van de eerste keuze</translation>
    </message>
    <message>
        <source>Form balanced</source>
        <translation>Evenwichtig indelen</translation>
    </message>
    <message>
        <source>{n} first choice</source>
        <translation>{n} eerste keuze</translation>
    </message>
    <message>
        <source>{n} second choice</source>
        <translation>{n} tweede keuze</translation>
    </message>
    <message>
        <source>{n} third choice</source>
        <translation>{n} derde keuze</translation>
    </message>
    <message>
        <source>{n} in a group they did not choose</source>
        <translation>{n} in een groep die ze niet kozen</translation>
    </message>
    <message>
        <source>{n} unplaced</source>
        <translation>{n} niet ingedeeld</translation>
    </message>
    <message>
        <source>{people} people are present, but the maximum sizes hold only {capacity}. Raise the maximum or add a group.</source>
        <translation>Er zijn {people} mensen aanwezig, maar in de groepen passen maximaal {capacity} mensen. Verhoog het maximum of voeg een groep toe.</translation>
    </message>
    <message>
        <source>{people} people are present, but the minimum sizes need {minimum}. Lower the minimum or remove a group.</source>
        <translation>Er zijn {people} mensen aanwezig, maar de minimale groepsgroottes vragen {minimum} mensen. Verlaag het minimum of verwijder een groep.</translation>
    </message>
    <message>
        <source>The minimum size is larger than the maximum.</source>
        <translation>De minimale grootte is groter dan de maximale.</translation>
    </message>
    <message>
        <source>More people are locked in a group than its maximum allows.</source>
        <translation>Er zijn meer mensen in een groep vastgezet dan het maximum toestaat.</translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>Er zijn nog geen groepen.</translation>
    </message>
    <message>
        <source>These group sizes cannot be met.</source>
        <translation>Deze groepsgroottes zijn niet haalbaar.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Leave Min and Max at “auto” for the most even sizes that keep everyone in a group they chose</source>
        <translation>Laat Min en Max op “auto” voor de gelijkste groepsgroottes waarbij iedereen in een gekozen groep komt</translation>
    </message>
    <message>
        <source>Everyone in a group they chose as far as the sizes allow, then as many first choices as possible</source>
        <translation>Iedereen in een gekozen groep voor zover de groottes het toelaten, dan zoveel mogelijk eerste keuzes</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Add late arrival</source>
        <translation>Laatkomer toevoegen</translation>
    </message>
    <message>
        <source>Late arrival:</source>
        <translation>Laatkomer:</translation>
    </message>
    <message>
        <source>Type a name, Enter, then the group&apos;s number</source>
        <translation>Typ een naam, Enter, en dan het nummer van de groep</translation>
    </message>
    <message>
        <source>1st choice</source>
        <translation>1e keuze</translation>
    </message>
    <message>
        <source>2nd choice</source>
        <translation>2e keuze</translation>
    </message>
    <message>
        <source>3rd choice</source>
        <translation>3e keuze</translation>
    </message>
    <message>
        <source>Drag a person to another group. L locks or unlocks the selected person.</source>
        <translation>Sleep een persoon naar een andere groep. L zet de gekozen persoon vast of weer los.</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>Vastzetten / losmaken</translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Forming and moving</source>
        <translation>Indelen en verplaatsen</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Niet ingedeeld</translation>
    </message>
    <message>
        <source>{n} absent, left out of the groups</source>
        <translation>{n} afwezig, niet ingedeeld</translation>
    </message>
    <message>
        <source>Not formed yet.</source>
        <translation>Nog niet ingedeeld.</translation>
    </message>
    <message>
        <source>Type a name above; then press the group&apos;s number.</source>
        <translation>Typ hierboven een naam en druk dan op het nummer van de groep.</translation>
    </message>
    <message>
        <source>choice {rank}: {group}</source>
        <translation>keus {rank}: {group}</translation>
    </message>
    <message>
        <source>{name}: choose choice {rank} with 1-9 (0 clears, Enter done). Now: {choices}</source>
        <translation>{name}: kies keuze {rank} met 1-9 (0 wist, Enter is klaar). Nu: {choices}</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Kies een groep</translation>
    </message>
    <message>
        <source>Groups from the chosen questions</source>
        <translation>Groepen uit de gekozen vragen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Every chosen question already has a group (or no question is chosen yet).</source>
        <translation>Elke gekozen vraag heeft al een groep (of er is nog geen vraag gekozen).</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Groep {n}</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <source>Form groups freely</source>
        <translation>Groepen vrij indelen</translation>
    </message>
    <message>
        <source>Form balanced groups</source>
        <translation>Groepen evenwichtig indelen</translation>
    </message>
    <message>
        <source>Sizes {low}–{high} per group, chosen automatically: the most even sizes that keep everyone in a group they chose. Set Min and Max to use your own.</source>
        <translation>Groepsgrootte {low}–{high}, automatisch gekozen: de gelijkste groottes waarbij iedereen in een gekozen groep komt. Stel Min en Max in om zelf te kiezen.</translation>
    </message>
    <message>
        <source>Sizes: at least {low} per group.</source>
        <translation>Groepsgrootte: minstens {low}.</translation>
    </message>
    <message>
        <source>Sizes {low}–{high} per group.</source>
        <translation>Groepsgrootte {low}–{high}.</translation>
    </message>
    <message>
        <source>Everyone in a chosen group: {first} first choice</source>
        <translation>Iedereen in een gekozen groep: {first} eerste keus</translation>
    </message>
    <message>
        <source>Fewest outside their choices: {first} first choice, {other} outside their choices</source>
        <translation>Zo min mogelijk buiten hun keuzes: {first} eerste keus, {other} buiten hun keuzes</translation>
    </message>
    <message>
        <source>Most first choices: {first} first choice, {other} outside their choices</source>
        <translation>Meeste eerste keuzes: {first} eerste keus, {other} buiten hun keuzes</translation>
    </message>
    <message>
        <source>The two aims give different groups. Which do you want?</source>
        <translation>De twee doelen geven verschillende groepen. Welke wilt u?</translation>
    </message>
    <message>
        <source>Everyone in a chosen group</source>
        <translation>Iedereen in een gekozen groep</translation>
    </message>
    <message>
        <source>Most first choices</source>
        <translation>Meeste eerste keuzes</translation>
    </message>
    <message>
        <source>Lock in group</source>
        <translation>Vastzetten in groep</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>Laatkomer toevoegen</translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <source>The documents could not be made: {error}</source>
        <translation>De documenten konden niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <source>Print handouts</source>
        <translation>Handouts afdrukken</translation>
    </message>
    <message>
        <source>Group handouts (one per group)</source>
        <translation>Groepshandouts (één per groep)</translation>
    </message>
    <message>
        <source>Personal handouts (one per participant)</source>
        <translation>Persoonlijke handouts (één per deelnemer)</translation>
    </message>
    <message>
        <source>Blank SWOT sheet</source>
        <translation>Leeg SWOT-blad</translation>
    </message>
    <message>
        <source>Attendance list (presentielijst)</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>Sign-up sheets (one per activity)</source>
        <translation>Intekenlijsten (één per activiteit)</translation>
    </message>
    <message>
        <source>Name badges and table cards</source>
        <translation>Naambadges en tafelkaartjes</translation>
    </message>
    <message>
        <source>Report of the day (verslag)</source>
        <translation>Verslag van de dag</translation>
    </message>
    <message>
        <source>Tables as CSV (Excel)</source>
        <translation>Tabellen als CSV (Excel)</translation>
    </message>
    <message>
        <source>Tables as XLSX workbook</source>
        <translation>Tabellen als XLSX-werkmap</translation>
    </message>
    <message>
        <source>Harvest report (oogstverslag)</source>
        <translation>Oogstverslag</translation>
    </message>
    <message>
        <source>Experiment cards (one per experiment)</source>
        <translation>Experimentkaarten (één per experiment)</translation>
    </message>
    <message>
        <source>What the advice hours delivered</source>
        <translation>Wat de adviesuren opleverden</translation>
    </message>
    <message>
        <source>Expertise map (kenniskaart) and matrix</source>
        <translation>Kenniskaart en matrix</translation>
    </message>
    <message>
        <source>Learning pair cards</source>
        <translation>Kaarten leerkoppels</translation>
    </message>
    <message>
        <source>Intervisie method cards</source>
        <translation>Methodekaarten intervisie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>grouped by area</source>
        <translation>gegroepeerd per gebied</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filteren op naam…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Nog geen groepen.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>All ticked: personal handouts for the {present} present, name badges for all {registered} registered.</source>
        <translation>Alles aangevinkt: persoonlijke handouts voor de {present} aanwezigen, naambadges voor alle {registered} aangemelden.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Language of the documents:</source>
        <translation>Taal van de documenten:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Uitvoermap:</translation>
    </message>
    <message>
        <source>&amp;Make documents</source>
        <translation>Documenten &amp;maken</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Kies een uitvoermap.</translation>
    </message>
    <message>
        <source>Making the documents…</source>
        <translation>De documenten worden gemaakt…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt geschreven…</translation>
    </message>
    <message>
        <source>{n} file(s) written to {folder}.</source>
        <translation>{n} bestand(en) opgeslagen in {folder}.</translation>
    </message>
</context>
<context>
    <name>Harvest</name>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Vraag om ondersteuning</translation>
    </message>
    <message>
        <source>Answer to the request</source>
        <translation>Antwoord op de vraag</translation>
    </message>
    <message>
        <source>no response received</source>
        <translation>geen reactie ontvangen</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>geen tijd</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>niet meer nodig</translation>
    </message>
    <message>
        <source>solved another way</source>
        <translation>anders opgelost</translation>
    </message>
    <message>
        <source>Write what happened, or change the status.</source>
        <translation>Schrijf op wat er gebeurd is, of wijzig de status.</translation>
    </message>
    <message>
        <source>Give a valid date.</source>
        <translation>Geef een geldige datum.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This activity is full.</source>
        <translation>Deze activiteit is vol.</translation>
    </message>
    <message>
        <source>The number of places must be a whole number of at least 1, or no maximum.</source>
        <translation>Het aantal plaatsen moet een heel getal van minstens 1 zijn, of geen maximum.</translation>
    </message>
    <message>
        <source>This person has already signed up for this activity.</source>
        <translation>Deze persoon heeft zich al ingeschreven voor deze activiteit.</translation>
    </message>
    <message>
        <source>This person is not on this activity&apos;s list.</source>
        <translation>Deze persoon staat niet op de lijst van deze activiteit.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>support asked</source>
        <translation>ondersteuning gevraagd</translation>
    </message>
    <message>
        <source>Added after the startdag</source>
        <translation>Toegevoegd na de startdag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Deels behaald</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Niet behaald</translation>
    </message>
    <message>
        <source>{n} achieved</source>
        <translation>{n} behaald</translation>
    </message>
    <message>
        <source>{n} partly</source>
        <translation>{n} deels</translation>
    </message>
    <message>
        <source>{n} not achieved</source>
        <translation>{n} niet behaald</translation>
    </message>
    <message>
        <source>{n} still open</source>
        <translation>{n} nog open</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Training module</source>
        <translation>Trainingsmodule</translation>
    </message>
    <message>
        <source>Peer consultation</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Knowledge café</source>
        <translation>Kenniscafé</translation>
    </message>
    <message>
        <source>Neighbourhood tour</source>
        <translation>Wijkreis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Datum of periode</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>ingeschreven</translation>
    </message>
</context>
<context>
    <name>HarvestConsole</name>
    <message>
        <source>◀ Previous group</source>
        <translation>◀ Vorige groep</translation>
    </message>
    <message>
        <source>Next group ▶</source>
        <translation>Volgende groep ▶</translation>
    </message>
    <message>
        <source>&amp;Achieved</source>
        <translation>&amp;Behaald</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Deels</translation>
    </message>
    <message>
        <source>&amp;Not achieved</source>
        <translation>&amp;Niet behaald</translation>
    </message>
    <message>
        <source>Key {n} in the list</source>
        <translation>Toets {n} in de lijst</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Why? (Enter saves)</source>
        <translation>Waarom? (Enter slaat op)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Log of the half year</source>
        <translation>Logboek van het halfjaar</translation>
    </message>
    <message>
        <source>What did this group learn?</source>
        <translation>Wat heeft deze groep geleerd?</translation>
    </message>
    <message>
        <source>What the group learned</source>
        <translation>Wat de groep heeft geleerd</translation>
    </message>
    <message>
        <source>No theme groups yet: form the groups first.</source>
        <translation>Nog geen themagroepen: deel eerst de groepen in.</translation>
    </message>
    <message>
        <source>Select an action.</source>
        <translation>Kies een actie.</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Trekker: {name}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>added after the startdag</source>
        <translation>toegevoegd na de startdag</translation>
    </message>
    <message>
        <source>Choose an outcome; the reason and tags are saved with it.</source>
        <translation>Kies een resultaat; reden en tags gaan mee.</translation>
    </message>
    <message>
        <source>Nothing logged since the startdag.</source>
        <translation>Niets gelogd sinds de startdag.</translation>
    </message>
    <message>
        <source>Outcome “{title}”: {result}</source>
        <translation>Resultaat “{title}”: {result}</translation>
    </message>
    <message>
        <source>Reason for “{title}”</source>
        <translation>Reden voor “{title}”</translation>
    </message>
    <message>
        <source>Tags for “{title}”</source>
        <translation>Tags voor “{title}”</translation>
    </message>
    <message>
        <source>Clear outcome “{title}”</source>
        <translation>Resultaat “{title}” wissen</translation>
    </message>
    <message>
        <source>Lessons of the group</source>
        <translation>Geleerde lessen van de groep</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants: {file}</source>
        <translation>Deelnemers importeren: {file}</translation>
    </message>
    <message>
        <source>&amp;Sheets in this workbook:</source>
        <translation>&amp;Bladen in deze werkmap:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>Deze wijzigingen doorvoeren</translation>
    </message>
    <message>
        <source>Not what you wanted? Edit ▸ Undo takes the whole import back.</source>
        <translation>Niet wat je wilde? Met Bewerken ▸ Ongedaan maken draai je de hele import terug.</translation>
    </message>
    <message>
        <source>(hidden sheet)</source>
        <translation>(verborgen blad)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Kolom {n}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (verborgen)</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>{row} (hidden)</source>
        <translation>{row} (verborgen)</translation>
    </message>
    <message>
        <source>Import column {title} as</source>
        <translation>Kolom {title} importeren als</translation>
    </message>
    <message>
        <source>No column with names was recognised. Choose which column holds the names in the first row of the table.</source>
        <translation>Er is geen kolom met namen herkend. Kies in de eerste rij van de tabel welke kolom de namen bevat.</translation>
    </message>
    <message>
        <source>Not every column was recognised for certain. Check what each column is imported as before importing:</source>
        <translation>Niet elke kolom is met zekerheid herkend. Controleer per kolom als wat die wordt geïmporteerd, en importeer dan pas:</translation>
    </message>
    <message>
        <source>The columns were recognised. Check the preview and import.</source>
        <translation>De kolommen zijn herkend. Controleer het voorbeeld en importeer.</translation>
    </message>
    <message>
        <source>Not every column was recognised for certain. Check what each column is imported as before importing.</source>
        <translation>Niet elke kolom is met zekerheid herkend. Controleer per kolom als wat die wordt geïmporteerd, en importeer dan pas.</translation>
    </message>
    <message>
        <source>Column titles are in &amp;row:</source>
        <translation>Kolomtitels staan in &amp;rij:</translation>
    </message>
    <message>
        <source>Import the &amp;hidden rows too</source>
        <translation>Ook de &amp;verborgen rijen importeren</translation>
    </message>
    <message>
        <source>More than one sheet holds people: check the sheet on the left.</source>
        <translation>Meer dan één blad bevat mensen: controleer links het blad.</translation>
    </message>
    <message>
        <source>This list adds {added}, updates {updated}, finds {same} unchanged and leaves out {missing} of the people already in the trajectory.</source>
        <translation>Deze lijst voegt {added} toe, werkt {updated} bij, vindt {same} ongewijzigd terug en laat {missing} van de mensen die al in het traject staan weg.</translation>
    </message>
    <message>
        <source>(go back to import them too)</source>
        <translation>(ga terug om ze ook te importeren)</translation>
    </message>
    <message>
        <source>Added ({n}):</source>
        <translation>Toegevoegd ({n}):</translation>
    </message>
    <message>
        <source>Updated, old → new ({n}):</source>
        <translation>Bijgewerkt, oud → nieuw ({n}):</translation>
    </message>
    <message>
        <source>Not on the new list ({n}); they stay unless you tick below:</source>
        <translation>Niet op de nieuwe lijst ({n}); zij blijven, tenzij je hieronder een vinkje zet:</translation>
    </message>
    <message>
        <source>&amp;Remove the {n} people who are not on the new list (Edit ▸ Undo brings them back)</source>
        <translation>De {n} mensen die niet op de nieuwe lijst staan &amp;verwijderen (Bewerken ▸ Ongedaan maken haalt ze terug)</translation>
    </message>
    <message>
        <source>Every row was imported without remarks.</source>
        <translation>Alle rijen zijn zonder opmerkingen geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {detail}</source>
        <translation>Het bestand {path} kon niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>The file is empty: there is no list in it.</source>
        <translation>Het bestand is leeg: er staat geen lijst in.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; that is not a participant list.</source>
        <translation>Het bestand is groter dan {limit} MB; dat is geen deelnemerslijst.</translation>
    </message>
    <message>
        <source>This file is not a list: it holds no readable text.</source>
        <translation>Dit bestand is geen lijst: er staat geen leesbare tekst in.</translation>
    </message>
    <message>
        <source>No column with names was found (such as Naam, Voornaam or Achternaam).</source>
        <translation>Er is geen kolom met namen gevonden (zoals Naam, Voornaam of Achternaam).</translation>
    </message>
    <message>
        <source>The list has column titles but no people under them.</source>
        <translation>De lijst heeft kolomtitels, maar er staan geen mensen onder.</translation>
    </message>
    <message>
        <source>The list has more than {limit} rows; that is not a participant list.</source>
        <translation>De lijst heeft meer dan {limit} rijen; dat is geen deelnemerslijst.</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel or LibreOffice, save it and import it again.</source>
        <translation>De werkmap is beveiligd met een wachtwoord. Haal het wachtwoord weg in Excel of LibreOffice, sla op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged and cannot be read. Open it in Excel or LibreOffice, save it again and import the saved file.</source>
        <translation>Het rekenblad is beschadigd en kan niet worden gelezen. Open het in Excel of LibreOffice, sla het opnieuw op en importeer het opgeslagen bestand.</translation>
    </message>
    <message>
        <source>The workbook has no sheet {sheet}. Its sheets are: {sheets}.</source>
        <translation>De werkmap heeft geen blad {sheet}. De bladen zijn: {sheets}.</translation>
    </message>
    <message>
        <source>This is a web page saved as a spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx, .ods or “CSV UTF-8”.</source>
        <translation>Dit is een webpagina die als rekenblad is opgeslagen. Open het in Excel of LibreOffice en sla het op als .xlsx, .ods of “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This is an Excel 2003 XML spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx, .ods or “CSV UTF-8”.</source>
        <translation>Dit is een Excel 2003 XML-werkmap. Open het in Excel of LibreOffice en sla het op als .xlsx, .ods of “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>This is a PDF, not a list. Ask for the list as Excel, LibreOffice or CSV.</source>
        <translation>Dit is een pdf, geen lijst. Vraag de lijst op als Excel, LibreOffice of CSV.</translation>
    </message>
    <message>
        <source>This is a Word document, not a list. Ask for the list as Excel, LibreOffice or CSV.</source>
        <translation>Dit is een Word-document, geen lijst. Vraag de lijst op als Excel, LibreOffice of CSV.</translation>
    </message>
    <message>
        <source>This file is not a list (a {kind} file). Use Excel, LibreOffice, CSV or text.</source>
        <translation>Dit bestand is geen lijst (een {kind}-bestand). Gebruik Excel, LibreOffice, CSV of tekst.</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>Whole name</source>
        <translation>Hele naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Area / team</source>
        <translation>Gebied / team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Manager (not stored yet)</source>
        <translation>Leidinggevende (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>exact copy of row {row}; skipped</source>
        <translation>precies gelijk aan rij {row}; overgeslagen</translation>
    </message>
    <message>
        <source>no name; skipped</source>
        <translation>geen naam; overgeslagen</translation>
    </message>
    <message>
        <source>{name} is already on the list; nothing changed</source>
        <translation>{name} staat al op de lijst; niets gewijzigd</translation>
    </message>
    <message>
        <source>same e-mail address as row {row} ({email}); both kept, check these</source>
        <translation>zelfde e-mailadres als rij {row} ({email}); allebei bewaard, controleer deze</translation>
    </message>
    <message>
        <source>same name as row {row} ({name}); both kept, check these</source>
        <translation>zelfde naam als rij {row} ({name}); allebei bewaard, controleer deze</translation>
    </message>
    <message>
        <source>the e-mail address {email} already belongs to {name}; added as a separate person, check these</source>
        <translation>het e-mailadres {email} hoort al bij {name}; als aparte persoon toegevoegd, controleer deze</translation>
    </message>
    <message>
        <source>“{name}” contains a “?”: a letter was probably lost when the list was saved as text. Save it again as “CSV UTF-8” (Excel) or with the character set “Unicode (UTF-8)” (LibreOffice), or import the workbook itself.</source>
        <translation>“{name}” bevat een “?”: waarschijnlijk is er een letter verloren gegaan toen de lijst als tekst werd opgeslagen. Sla de lijst opnieuw op als “CSV UTF-8” (Excel) of met de tekenset “Unicode (UTF-8)” (LibreOffice), of importeer de werkmap zelf.</translation>
    </message>
    <message>
        <source>“{name}” contains a “?”: a letter was probably lost before the list reached you. Check the name.</source>
        <translation>“{name}” bevat een “?”: waarschijnlijk is er een letter verloren gegaan voordat de lijst bij jou kwam. Controleer de naam.</translation>
    </message>
    <message>
        <source>{title} (column {letter})</source>
        <translation>{title} (kolom {letter})</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>kolom {letter}</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} of {last}</translation>
    </message>
    <message>
        <source>{sheet} – people: {n}</source>
        <translation>{sheet} – mensen: {n}</translation>
    </message>
    <message>
        <source>{sheet} – no list of people (rows: {n})</source>
        <translation>{sheet} – geen lijst met mensen (rijen: {n})</translation>
    </message>
    <message>
        <source>very long {field} ({length} characters); kept as it is</source>
        <translation>heel lange {field} ({length} tekens); bewaard zoals het is</translation>
    </message>
    <message>
        <source>“{email}” does not look like an e-mail address; kept as it is</source>
        <translation>“{email}” lijkt geen e-mailadres; bewaard zoals het is</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>Rij {row}: {text}</translation>
    </message>
    <message>
        <source>{n} rows hidden, not imported</source>
        <translation>{n} rijen verborgen, niet geïmporteerd</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Skipped: {skipped}.</source>
        <translation>Toegevoegd: {added}. Bijgewerkt: {updated}. Overgeslagen: {skipped}.</translation>
    </message>
    <message>
        <source>Trial run: nothing was changed.</source>
        <translation>Proefrun: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Removed because they are not on the new list: {n}.</source>
        <translation>Verwijderd omdat ze niet op de nieuwe lijst staan: {n}.</translation>
    </message>
    <message>
        <source>Blank rows left out: {n}.</source>
        <translation>Lege rijen weggelaten: {n}.</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (sheet {index}).</source>
        <translation>Blad: {sheet} (blad {index}).</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Kolommen: {columns}.</translation>
    </message>
    <message>
        <source>Column {title} was recognised as the {field}; it is not stored yet (this version has no place for it).</source>
        <translation>Kolom {title} is herkend als de {field}; die wordt nog niet opgeslagen (deze versie heeft er geen plaats voor).</translation>
    </message>
    <message>
        <source>Hidden columns, not imported: {titles}.</source>
        <translation>Verborgen kolommen, niet geïmporteerd: {titles}.</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Not on this list (kept in the trajectory): {n}</source>
        <translation>Niet op deze lijst (blijven in het traject): {n}</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Overgeslagen rijen:</translation>
    </message>
    <message>
        <source>Check these:</source>
        <translation>Controleer deze:</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-werkmap, blad “{sheet}”</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook, sheet “{sheet}”</source>
        <translation>Excel 97-2003-werkmap, blad “{sheet}”</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (LibreOffice), sheet “{sheet}”</source>
        <translation>OpenDocument-rekenblad (LibreOffice), blad “{sheet}”</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>one column</source>
        <translation>één kolom</translation>
    </message>
    <message>
        <source>Text in {encoding}, separated by {delimiter}</source>
        <translation>Tekst in {encoding}, gescheiden door {delimiter}</translation>
    </message>
</context>
<context>
    <name>InitiativesConsole</name>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>New initiatives</source>
        <translation>Nieuwe initiatieven</translation>
    </message>
    <message>
        <source>Type a name to sign someone up…</source>
        <translation>Typ een naam om iemand in te schrijven…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Uitschrijven</translation>
    </message>
    <message>
        <source>Create an activity, then sign people up.</source>
        <translation>Maak een activiteit aan en schrijf dan mensen in.</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>{n} plaatsen</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <source>full — new sign-ups go on the waiting list</source>
        <translation>vol — nieuwe inschrijvingen komen op de wachtlijst</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>Remove activity “{title}”</source>
        <translation>Activiteit “{title}” verwijderen</translation>
    </message>
    <message>
        <source>“{title}” is full: {name} is number {n} on the waiting list (Ctrl+Z takes it back).</source>
        <translation>“{title}” is vol: {name} staat als nummer {n} op de wachtlijst (Ctrl+Z maakt het ongedaan).</translation>
    </message>
    <message>
        <source>{name} withdrew; {other} moved up from the waiting list.</source>
        <translation>{name} heeft zich afgemeld; {other} schuift door van de wachtlijst.</translation>
    </message>
    <message>
        <source>{name} withdrew.</source>
        <translation>{name} heeft zich afgemeld.</translation>
    </message>
    <message>
        <source>Sign up {name}</source>
        <translation>{name} inschrijven</translation>
    </message>
    <message>
        <source>{name} signed up.</source>
        <translation>{name} is ingeschreven.</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>{name} uitschrijven</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Zichtbaar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Board item</source>
        <translation>Bordkaartje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>zichtbaar</translation>
    </message>
</context>
<context>
    <name>JoinSlide</name>
    <message>
        <source>Join with your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <source>Join with your phone: scan the code</source>
        <translation>Doe mee met je telefoon: scan de code</translation>
    </message>
    <message>
        <source>Does your phone say &apos;no internet&apos;? Stay connected: the page works without internet.</source>
        <translation>Zegt je telefoon ‘geen internet’? Blijf verbonden: de pagina werkt zonder internet.</translation>
    </message>
    <message>
        <source>Phones are off</source>
        <translation>Telefoons staan uit</translation>
    </message>
    <message>
        <source>{n} phones joined</source>
        <translation>{n} telefoons doen mee</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Concept board</source>
        <translation>Conceptbord</translation>
    </message>
    <message>
        <source>Personal SWOT</source>
        <translation>Persoonlijke SWOT</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Theme groups</source>
        <translation>Themagroepen</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Actieplannen</translation>
    </message>
    <message>
        <source>Closing and handouts</source>
        <translation>Afsluiting en handouts</translation>
    </message>
    <message>
        <source>Harvest per group</source>
        <translation>Oogst per groep</translation>
    </message>
    <message>
        <source>New initiatives and sign-ups</source>
        <translation>Nieuwe initiatieven en inschrijvingen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimenten</translation>
    </message>
    <message>
        <source>Expertise map</source>
        <translation>Kenniskaart</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>Leerkoppels</translation>
    </message>
    <message>
        <source>Intervisie</source>
        <translation>Intervisie</translation>
    </message>
</context>
<context>
    <name>LiveDay</name>
    <message>
        <source>{n} min behind</source>
        <translation>{n} min achter op schema</translation>
    </message>
    <message>
        <source>{n} min ahead</source>
        <translation>{n} min voor op schema</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <source>Plan skipped step again</source>
        <translation>Overgeslagen stap weer inplannen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Stap invoegen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>Apply agenda template</source>
        <translation>Programmasjabloon toepassen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>New de&amp;mo</source>
        <translation>Nieuwe de&amp;mo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;ag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save the new trajectory as</source>
        <translation>Nieuw traject opslaan als</translation>
    </message>
    <message>
        <source>Open a trajectory</source>
        <translation>Een traject openen</translation>
    </message>
    <message>
        <source>You can open it read-only, or take it over if that Startdag is no longer running.</source>
        <translation>Je kunt het alleen-lezen openen, of het overnemen als die Startdag niet meer draait.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Updated the file from version {old} to {new}; a backup was kept.</source>
        <translation>Het bestand is bijgewerkt van versie {old} naar {new}; er is een reservekopie bewaard.</translation>
    </message>
    <message>
        <source>New demo trajectory: {name}. Earlier demos are kept.</source>
        <translation>Nieuw demotraject: {name}. Eerdere demo’s blijven bewaard.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Kopie opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Edit trajectory details</source>
        <translation>Trajectgegevens bewerken</translation>
    </message>
    <message>
        <source>Could not undo or redo this: {reason}</source>
        <translation>Kon dit niet ongedaan maken of opnieuw doen: {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The language changes the next time Startdag starts.</source>
        <translation>De taal verandert de volgende keer dat Startdag start.</translation>
    </message>
    <message>
        <source>About Startdag</source>
        <translation>Over Startdag</translation>
    </message>
    <message>
        <source>Startdag {version}

Runs the kickoff day and the harvest session of a learning trajectory. Everything lives in one file per trajectory, saved at every edit.</source>
        <translation>Startdag {version}

Leidt de startdag en de oogstsessie van een leertraject. Alles staat in één bestand per traject, dat bij elke wijziging wordt opgeslagen.</translation>
    </message>
    <message>
        <source>trajectory</source>
        <translation>traject</translation>
    </message>
</context>
<context>
    <name>ManagerDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Preparation session (bouwsessie)</source>
        <translation>Bouwsessie</translation>
    </message>
    <message>
        <source>Kickoff day (startdag)</source>
        <translation>Startdag</translation>
    </message>
    <message>
        <source>Harvest session (oogstsessie)</source>
        <translation>Oogstsessie</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>{name} (locked)</source>
        <translation>{name} (vastgezet)</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>Naar een andere groep verplaatsen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge questions</source>
        <translation>Vragen samenvoegen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Keep the text of:</source>
        <translation>De tekst behouden van:</translation>
    </message>
    <message>
        <source>The merged question reads:</source>
        <translation>De samengevoegde vraag luidt:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a trajectory file.</source>
        <translation>{path} is een map, geen trajectbestand.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Startdag trajectory.</source>
        <translation>Het bestand {path} is leeg: het is geen Startdag-traject.</translation>
    </message>
    <message>
        <source>The file {path} is not a Startdag trajectory.</source>
        <translation>Het bestand {path} is geen Startdag-traject.</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Startdag trajectory.</source>
        <translation>Het bestand {path} is een database, maar geen Startdag-traject.</translation>
    </message>
    <message>
        <source>The file {path} is incomplete (truncated); it was left untouched. Open one of its backups instead.</source>
        <translation>Het bestand {path} is onvolledig (afgekapt); het is niet aangeraakt. Open liever een van de reservekopieën.</translation>
    </message>
    <message>
        <source>The file {path} is damaged; it was left untouched. Open one of its backups instead.</source>
        <translation>Het bestand {path} is beschadigd; het is niet aangeraakt. Open liever een van de reservekopieën.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of Startdag (file version {version}, this version reads up to {supported}). Update Startdag to open it.</source>
        <translation>Het bestand {path} is gemaakt met een nieuwere versie van Startdag (bestandsversie {version}, deze versie leest tot en met {supported}). Werk Startdag bij om het te openen.</translation>
    </message>
    <message>
        <source>The file {path} is open in Startdag by {user} on {host} since {since}.</source>
        <translation>Het bestand {path} is in Startdag geopend door {user} op {host} sinds {since}.</translation>
    </message>
    <message>
        <source>This trajectory is open read-only; changes are not possible.</source>
        <translation>Dit traject is alleen-lezen geopend; wijzigen kan niet.</translation>
    </message>
    <message>
        <source>Will not write {path}: it is the file being restored.</source>
        <translation>{path} wordt niet overschreven: dat is het bestand dat hersteld wordt.</translation>
    </message>
    <message>
        <source>The file {path} already exists.</source>
        <translation>Het bestand {path} bestaat al.</translation>
    </message>
    <message>
        <source>Could not write {path}: the disk is full. Free some space or choose another folder.</source>
        <translation>Kon {path} niet schrijven: de schijf is vol. Maak ruimte vrij of kies een andere map.</translation>
    </message>
    <message>
        <source>Could not replace {path}: the file is open in another program. Close it (for example the PDF viewer) and try again.</source>
        <translation>Kon {path} niet vervangen: het bestand is geopend in een ander programma. Sluit het (bijvoorbeeld de pdf-lezer) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not write {path}: this folder is read-only or you have no permission. Choose another folder.</source>
        <translation>Kon {path} niet schrijven: deze map is alleen-lezen of je hebt geen toestemming. Kies een andere map.</translation>
    </message>
    <message>
        <source>Could not write {path}: the folder does not exist or cannot be made.</source>
        <translation>Kon {path} niet schrijven: de map bestaat niet of kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>Kon {path} niet schrijven: {detail}</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>This step is running. Go to another step first.</source>
        <translation>Deze stap loopt nu. Ga eerst naar een andere stap.</translation>
    </message>
    <message>
        <source>The meeting is running. Finish or reset it before choosing a template.</source>
        <translation>De bijeenkomst loopt. Rond haar af of zet haar terug voordat je een sjabloon kiest.</translation>
    </message>
    <message>
        <source>The file name must end in {suffix}.</source>
        <translation>De bestandsnaam moet eindigen op {suffix}.</translation>
    </message>
    <message>
        <source>Text may not contain NUL characters.</source>
        <translation>Tekst mag geen NUL-tekens bevatten.</translation>
    </message>
    <message>
        <source>phones have added input since, which this would undo or trample.</source>
        <translation>telefoons hebben daarna iets ingevoerd dat dit ongedaan zou maken of zou overschrijven.</translation>
    </message>
    <message>
        <source>This value is not valid: {field}.</source>
        <translation>Deze waarde is niet geldig: {field}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>Concept:</translation>
    </message>
    <message>
        <source>Competences:</source>
        <translation>Competenties:</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Begeleiders:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Bijeenkomsten:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deelnemers:</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Area / team</source>
        <translation>Gebied / team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>A first or last name is required.</source>
        <translation>Een voornaam of achternaam is verplicht.</translation>
    </message>
</context>
<context>
    <name>Peer</name>
    <message>
        <source>&amp;Programme overview…</source>
        <translation>&amp;Programma-overzicht…</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Nog geen resultaat</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Partly works</source>
        <translation>Werkt deels</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Werkt niet</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Nog geen besluit</translation>
    </message>
    <message>
        <source>Spread to other teams</source>
        <translation>Verspreiden naar andere teams</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Bijstellen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Studies it</source>
        <translation>Verdiept zich</translation>
    </message>
    <message>
        <source>Tries it</source>
        <translation>Probeert uit</translation>
    </message>
    <message>
        <source>Shares it</source>
        <translation>Deelt</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Expertise map</source>
        <translation>Kenniskaart</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Intervisie</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>(nothing in particular)</source>
        <translation>(niets in het bijzonder)</translation>
    </message>
    <message>
        <source>an experiment</source>
        <translation>een experiment</translation>
    </message>
    <message>
        <source>the expertise map</source>
        <translation>de kenniskaart</translation>
    </message>
    <message>
        <source>the learning pairs</source>
        <translation>de leerkoppels</translation>
    </message>
    <message>
        <source>the intervisie groups</source>
        <translation>de intervisiegroepen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>hypothesis</source>
        <translation>hypothese</translation>
    </message>
    <message>
        <source>success criterion</source>
        <translation>succescriterium</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>les</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>Leerkoppels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat gebeurde</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Spread to teams</source>
        <translation>Verspreiden naar teams</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>We believe that…</source>
        <translation>We denken dat…</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ten behoeve van</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Wat werd gedeeld</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Way of working</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Op rond</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimenten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Koppels</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>The experiments board</source>
        <translation>Het experimentenbord</translation>
    </message>
    <message>
        <source>Propose and pick experiments</source>
        <translation>Experimenten voorstellen en kiezen</translation>
    </message>
    <message>
        <source>What each experiment showed</source>
        <translation>Wat elk experiment liet zien</translation>
    </message>
    <message>
        <source>What spreads to other teams</source>
        <translation>Wat we verspreiden naar andere teams</translation>
    </message>
    <message>
        <source>What stops, and why</source>
        <translation>Wat stopt, en waarom</translation>
    </message>
</context>
<context>
    <name>PeerPage</name>
    <message>
        <source>There is already a competence called ‘{name}’.</source>
        <translation>Er is al een competentie ‘{name}’.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>That text is too long (at most {n} characters).</source>
        <translation>Die tekst is te lang (hooguit {n} tekens).</translation>
    </message>
    <message>
        <source>Nobody is their own manager.</source>
        <translation>Niemand is zijn eigen leidinggevende.</translation>
    </message>
    <message>
        <source>That would make someone their own manager&apos;s manager.</source>
        <translation>Dan wordt iemand de leidinggevende van de eigen leidinggevende.</translation>
    </message>
    <message>
        <source>This expert cannot take this learner: a rule forbids it or they are full.</source>
        <translation>Deze expert kan deze leerder niet nemen: een regel verbiedt het of de expert zit vol.</translation>
    </message>
    <message>
        <source>A manager and their own report cannot be in one intervisie group.</source>
        <translation>Een leidinggevende en een eigen medewerker kunnen niet in één intervisiegroep.</translation>
    </message>
    <message>
        <source>Intervisie groups need at least two people.</source>
        <translation>Voor intervisiegroepen zijn minstens twee mensen nodig.</translation>
    </message>
    <message>
        <source>No grouping keeps every manager apart from their reports. Check the managers on the grid.</source>
        <translation>Geen indeling houdt elke leidinggevende apart van de eigen medewerkers. Controleer de leidinggevenden in het rooster.</translation>
    </message>
    <message>
        <source>Capacity is a number from 0 to 20.</source>
        <translation>Capaciteit is een getal van 0 tot 20.</translation>
    </message>
    <message>
        <source>Startdag — wall</source>
        <translation>Startdag — muur</translation>
    </message>
    <message>
        <source>Import skills matrix…</source>
        <translation>Competentiematrix importeren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Expertise map (PDF)…</source>
        <translation>Kenniskaart (PDF)…</translation>
    </message>
    <message>
        <source>Matrix (XLSX)…</source>
        <translation>Matrix (XLSX)…</translation>
    </message>
    <message>
        <source>Pair cards (PDF)…</source>
        <translation>Kaarten leerkoppels (PDF)…</translation>
    </message>
    <message>
        <source>Intervisie method cards (PDF)…</source>
        <translation>Methodekaarten intervisie (PDF)…</translation>
    </message>
    <message>
        <source>Names on the wall and in print</source>
        <translation>Namen op de muur en op papier</translation>
    </message>
    <message>
        <source>Self-ratings are personal: the wall and the printed map show counts unless this is switched on.</source>
        <translation>Zelfbeoordelingen zijn persoonlijk: de muur en de geprinte kaart tonen aantallen, tenzij dit aan staat.</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Namen tonen</translation>
    </message>
    <message>
        <source>Expertise map</source>
        <translation>Kenniskaart</translation>
    </message>
    <message>
        <source>Goals and competences</source>
        <translation>Doelen en competenties</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>Leerkoppels</translation>
    </message>
    <message>
        <source>Intervisie</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Keys: 0–4 level · L wants to learn (↑) · T can teach (★) · P priority · Del clears · Enter confirms an imported value (italic)</source>
        <translation>Toetsen: 0–4 niveau · L wil leren (↑) · T kan leren geven (★) · P prioriteit · Del wist · Enter bevestigt een geïmporteerde waarde (cursief)</translation>
    </message>
    <message>
        <source>Confirm all imported values</source>
        <translation>Alle geïmporteerde waarden bevestigen</translation>
    </message>
    <message>
        <source>Show the heat map on the wall</source>
        <translation>Heatmap op de muur tonen</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Add competence</source>
        <translation>Competentie toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Importance per goal: 1 useful, 2 important, 3 very important, empty or 0 not linked. Type over a cell to change it.</source>
        <translation>Belang per doel: 1 nuttig, 2 belangrijk, 3 heel belangrijk, leeg of 0 niet gekoppeld. Typ over een cel om het te wijzigen.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Leerder</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Propose pairs</source>
        <translation>Koppels voorstellen</translation>
    </message>
    <message>
        <source>Replaces the draft; pinned pairs stay (Ctrl+Shift+P)</source>
        <translation>Vervangt het concept; vastgezette koppels blijven (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Vastzetten / losmaken</translation>
    </message>
    <message>
        <source>Other expert…</source>
        <translation>Andere expert…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Concept publiceren</translation>
    </message>
    <message>
        <source>End pair</source>
        <translation>Koppel afronden</translation>
    </message>
    <message>
        <source>An ended pair is not proposed again</source>
        <translation>Een afgerond koppel wordt niet opnieuw voorgesteld</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Op de muur tonen</translation>
    </message>
    <message>
        <source>Capacity per expert: </source>
        <translation>Capaciteit per expert: </translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <source>Pairs per learner: </source>
        <translation>Koppels per leerder: </translation>
    </message>
    <message>
        <source>Change pairs per learner</source>
        <translation>Koppels per leerder wijzigen</translation>
    </message>
    <message>
        <source>Only across teams</source>
        <translation>Alleen tussen teams</translation>
    </message>
    <message>
        <source>Across teams</source>
        <translation>Tussen teams</translation>
    </message>
    <message>
        <source>Show ended pairs</source>
        <translation>Beëindigde koppels tonen</translation>
    </message>
    <message>
        <source>Ended pairs carry no load and are never proposed again; here you see them (greyed)</source>
        <translation>Beëindigde koppels tellen niet meer mee in de belasting en worden nooit opnieuw voorgesteld; hier zie je ze (grijs)</translation>
    </message>
    <message>
        <source>Form intervisie groups</source>
        <translation>Intervisiegroepen vormen</translation>
    </message>
    <message>
        <source>Groups of 5–6, teams mixed, never a manager with their own reports</source>
        <translation>Groepen van 5–6, teams gemengd, nooit een leidinggevende met de eigen medewerkers</translation>
    </message>
    <message>
        <source>Meeting </source>
        <translation>Bijeenkomst </translation>
    </message>
    <message>
        <source>Which meeting of the groups this is: the case giver, chair and timekeeper rotate with it</source>
        <translation>De hoeveelste bijeenkomst van de groepen dit is: inbrenger, gespreksleider en tijdbewaker rouleren mee</translation>
    </message>
    <message>
        <source>◀ Previous round</source>
        <translation>◀ Vorige ronde</translation>
    </message>
    <message>
        <source>Back to the previous round (Ctrl+Shift+Left)</source>
        <translation>Terug naar de vorige ronde (Ctrl+Shift+Links)</translation>
    </message>
    <message>
        <source>Start round 1</source>
        <translation>Start ronde 1</translation>
    </message>
    <message>
        <source>Start the first or the next round (Ctrl+Shift+Right)</source>
        <translation>Start de eerste of de volgende ronde (Ctrl+Shift+Rechts)</translation>
    </message>
    <message>
        <source>Pause round</source>
        <translation>Ronde pauzeren</translation>
    </message>
    <message>
        <source>Pause or resume the running round (Ctrl+Shift+T)</source>
        <translation>Pauzeer of hervat de lopende ronde (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute for the running round (Ctrl+Shift+E)</source>
        <translation>Een minuut erbij voor de lopende ronde (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Stop rounds</source>
        <translation>Rondes stoppen</translation>
    </message>
    <message>
        <source>Stop steering the rounds: the step&apos;s clock decides again</source>
        <translation>Stop met de rondes met de hand: de klok van de stap bepaalt weer</translation>
    </message>
    <message>
        <source>Group / member</source>
        <translation>Groep / deelnemer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Naar groep…</translation>
    </message>
    <message>
        <source>Move the selected person to another intervisie group</source>
        <translation>De gekozen persoon naar een andere intervisiegroep verplaatsen</translation>
    </message>
    <message>
        <source>Nothing to watch.</source>
        <translation>Geen aandachtspunten.</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Doel {n}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>{paired} of {wanted} wishes paired in the draft, {published} published</source>
        <translation>{paired} van {wanted} wensen gekoppeld in het concept, {published} gepubliceerd</translation>
    </message>
    <message>
        <source>{n} ended</source>
        <translation>{n} beëindigd</translation>
    </message>
    <message>
        <source>{n} groups</source>
        <translation>{n} groepen</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Nog geen groepen.</translation>
    </message>
    <message>
        <source>Case giver</source>
        <translation>Inbrenger</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Tijdbewaker</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Beoordeling wissen</translation>
    </message>
    <message>
        <source>Confirm imported values</source>
        <translation>Geïmporteerde waarden bevestigen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>New competence</source>
        <translation>Nieuwe competentie</translation>
    </message>
    <message>
        <source>Rename goal</source>
        <translation>Doel hernoemen</translation>
    </message>
    <message>
        <source>Rename competence</source>
        <translation>Competentie hernoemen</translation>
    </message>
    <message>
        <source>Importance is 1, 2 or 3 (0 or empty: not linked).</source>
        <translation>Belang is 1, 2 of 3 (0 of leeg: niet gekoppeld).</translation>
    </message>
    <message>
        <source>Change importance</source>
        <translation>Belang wijzigen</translation>
    </message>
    <message>
        <source>{paired} of {wanted} learning wishes paired.</source>
        <translation>{paired} van {wanted} leerwensen gekoppeld.</translation>
    </message>
    <message>
        <source>Unpin pair</source>
        <translation>Koppel losmaken</translation>
    </message>
    <message>
        <source>Pin pair</source>
        <translation>Koppel vastzetten</translation>
    </message>
    <message>
        <source>No other expert can take this learner</source>
        <translation>Geen andere expert kan deze leerder nemen</translation>
    </message>
    <message>
        <source>{name} (team {team})</source>
        <translation>{name} (team {team})</translation>
    </message>
    <message>
        <source>Other expert</source>
        <translation>Andere expert</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Koppel verwijderen</translation>
    </message>
    <message>
        <source>Publish pairs</source>
        <translation>Koppels publiceren</translation>
    </message>
    <message>
        <source>Intervisie {n}</source>
        <translation>Intervisie {n}</translation>
    </message>
    <message>
        <source>Meeting {n}</source>
        <translation>Bijeenkomst {n}</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <source>Resume round</source>
        <translation>Ronde hervatten</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Een minuut erbij</translation>
    </message>
    <message>
        <source>The rounds follow the step&apos;s clock; start round 1 to steer them.</source>
        <translation>De rondes volgen de klok van de stap; start ronde 1 om ze zelf te sturen.</translation>
    </message>
    <message>
        <source>{m}:{s:02d} left</source>
        <translation>nog {m}:{s:02d}</translation>
    </message>
    <message>
        <source>{m}:{s:02d} over time</source>
        <translation>{m}:{s:02d} over tijd</translation>
    </message>
    <message>
        <source>Round {n} of {total}: {name} · {clock}</source>
        <translation>Ronde {n} van {total}: {name} · {clock}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>Next round ▶</source>
        <translation>Volgende ronde ▶</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>Naar een andere groep</translation>
    </message>
    <message>
        <source>Import a skills matrix</source>
        <translation>Een competentiematrix importeren</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Lijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import skills matrix</source>
        <translation>Competentiematrix importeren</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
</context>
<context>
    <name>PeerWall</name>
    <message>
        <source>Expertise map</source>
        <translation>Kenniskaart</translation>
    </message>
    <message>
        <source>People per level, 0 = none … 4 = expert · ↑ want to learn · ★ experts</source>
        <translation>Mensen per niveau, 0 = geen … 4 = expert · ↑ wil leren · ★ experts</translation>
    </message>
    <message>
        <source>People per level, with names (switched on by the facilitator)</source>
        <translation>Mensen per niveau, met namen (aangezet door de begeleider)</translation>
    </message>
    <message>
        <source>No competences yet.</source>
        <translation>Nog geen competenties.</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>Leerkoppels</translation>
    </message>
    <message>
        <source>No learning pairs yet.</source>
        <translation>Nog geen leerkoppels.</translation>
    </message>
    <message>
        <source>{learner} learns from {expert}</source>
        <translation>{learner} leert van {expert}</translation>
    </message>
    <message>
        <source>Intervisie</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>No intervisie groups yet.</source>
        <translation>Nog geen intervisiegroepen.</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>Name asked for</source>
        <translation>Gevraagde naam</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Gevraagd om</translation>
    </message>
    <message>
        <source>Held by another phone since</source>
        <translation>Bij een andere telefoon sinds</translation>
    </message>
    <message>
        <source>nobody now</source>
        <translation>nu bij niemand</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Has a SWOT</source>
        <translation>Heeft een SWOT</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>Niemand gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>{n} people match “{text}”: type more, or pick one with ↓ and press Enter.</source>
        <translation>{n} mensen passen bij “{text}”: typ verder, of kies er een met ↓ en druk op Enter.</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation>Telefoons kunnen niet meedoen: {reason}</translation>
    </message>
    <message>
        <source>Phones: off</source>
        <translation>Telefoons: uit</translation>
    </message>
    <message>
        <source>Phones: {address} · {connected} connected · {joined} joined</source>
        <translation>Telefoons: {address} · {connected} verbonden · {joined} doen mee</translation>
    </message>
    <message>
        <source>Phones {ip}:{port} · {connected} connected · {joined} joined</source>
        <translation>Telefoons {ip}:{port} · {connected} verbonden · {joined} doen mee</translation>
    </message>
    <message>
        <source>No network found: only this laptop can reach the page. Connect to the venue Wi-Fi, a travel router or turn on the laptop&apos;s hotspot.</source>
        <translation>Geen netwerk gevonden: alleen deze laptop bereikt de pagina. Verbind met de wifi van de locatie of een reisrouter, of zet de hotspot van de laptop aan.</translation>
    </message>
    <message>
        <source>This is the laptop&apos;s own hotspot: Windows Mobile Hotspot takes about {n} phones. Use a travel router for a bigger room.</source>
        <translation>Dit is de eigen hotspot van de laptop: de mobiele hotspot van Windows kan ongeveer {n} telefoons aan. Gebruik een reisrouter voor een grotere zaal.</translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <source>Look for networks again</source>
        <translation>Opnieuw naar netwerken zoeken</translation>
    </message>
    <message>
        <source>Phones may join without a name</source>
        <translation>Telefoons mogen zonder naam meedoen</translation>
    </message>
    <message>
        <source>New link (every phone scans again)</source>
        <translation>Nieuwe link (iedere telefoon scant opnieuw)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Toestaan</translation>
    </message>
    <message>
        <source>Give the selected phone the name; the phone that held it lets go</source>
        <translation>Geef de gekozen telefoon de naam; de telefoon die hem had, laat hem los</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Names that wait for your OK (another phone already holds the name):</source>
        <translation>Namen die op jouw akkoord wachten (een andere telefoon heeft de naam al):</translation>
    </message>
    <message>
        <source>Hide or show</source>
        <translation>Verbergen of tonen</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>From phones (live):</source>
        <translation>Van telefoons (live):</translation>
    </message>
    <message>
        <source>Dots: counted on paper and from phones, one tally</source>
        <translation>Stippen: op papier geteld en van telefoons, één telling</translation>
    </message>
    <message>
        <source>hotspot</source>
        <translation>hotspot</translation>
    </message>
    <message>
        <source>127.0.0.1 (this laptop only)</source>
        <translation>127.0.0.1 (alleen deze laptop)</translation>
    </message>
    <message>
        <source>Phones are off. Turn on &apos;Let phones join&apos; to show the link.</source>
        <translation>Telefoons staan uit. Zet ‘Telefoons laten meedoen’ aan om de link te tonen.</translation>
    </message>
    <message>
        <source>Allow phones without a name</source>
        <translation>Telefoons zonder naam toestaan</translation>
    </message>
    <message>
        <source>Phones need a name</source>
        <translation>Telefoons hebben een naam nodig</translation>
    </message>
    <message>
        <source>Show phone input</source>
        <translation>Invoer van telefoon tonen</translation>
    </message>
    <message>
        <source>Hide phone input</source>
        <translation>Invoer van telefoon verbergen</translation>
    </message>
    <message>
        <source>Choose a question from a phone to merge.</source>
        <translation>Kies een vraag van een telefoon om samen te voegen.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <source>Keep this question:</source>
        <translation>Deze vraag houden:</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Vragen samenvoegen</translation>
    </message>
    <message>
        <source>Delete phone input</source>
        <translation>Invoer van telefoon verwijderen</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Frozen</source>
        <translation>Bevroren</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Wit scherm</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Startdag — projector</source>
        <translation>Startdag — beamer</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Stoppen met presenteren</translation>
    </message>
</context>
<context>
    <name>QuestionsConsole</name>
    <message>
        <source>Type a question and press Enter</source>
        <translation>Typ een vraag en druk op Enter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pijl-omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pijl-omlaag</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Merge the selected duplicates into one question (Ctrl+M)</source>
        <translation>De gekozen dubbele vragen samenvoegen tot één vraag (Ctrl+M)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>Take merged questions apart again</source>
        <translation>Samengevoegde vragen weer uit elkaar halen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Vraag verplaatsen</translation>
    </message>
    <message>
        <source>Select two or more questions to merge.</source>
        <translation>Kies twee of meer vragen om samen te voegen.</translation>
    </message>
    <message>
        <source>Merge questions</source>
        <translation>Vragen samenvoegen</translation>
    </message>
    <message>
        <source>Split questions</source>
        <translation>Vragen splitsen</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Vraag bewerken</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Search or check in: type a name, Enter ticks present</source>
        <translation>Zoeken of afvinken: typ een naam, Enter = aanwezig</translation>
    </message>
    <message>
        <source>Check-in in use</source>
        <translation>Check-in in gebruik</translation>
    </message>
    <message>
        <source>In use: only the people ticked present take part (votes, groups, handouts). Not in use: everyone registered counts as present.</source>
        <translation>In gebruik: alleen wie als aanwezig is aangevinkt doet mee (stemmen, groepen, handouts). Niet in gebruik: iedereen die is aangemeld telt als aanwezig.</translation>
    </message>
    <message>
        <source>Late arrival: type the full name, Enter</source>
        <translation>Laatkomer: volledige naam, Enter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Present / not present (Space)</source>
        <translation>&amp;Aanwezig / niet aanwezig (spatie)</translation>
    </message>
    <message>
        <source>No check-in: all {m} count as present</source>
        <translation>Geen check-in: alle {m} tellen als aanwezig</translation>
    </message>
    <message>
        <source>Present at {meeting}: {n} of {m}</source>
        <translation>Aanwezig bij {meeting}: {n} van {m}</translation>
    </message>
    <message>
        <source>Present: {n} of {m}</source>
        <translation>Aanwezig: {n} van {m}</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>Stop check-in</source>
        <translation>Check-in stoppen</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>Niemand gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>{n} people match “{text}”: type more, or pick one with ↓ and press Enter.</source>
        <translation>{n} mensen passen bij “{text}”: typ verder, of kies er een met ↓ en druk op Enter.</translation>
    </message>
    <message>
        <source>Check in {who}</source>
        <translation>{who} aanmelden</translation>
    </message>
    <message>
        <source>Check out {who}</source>
        <translation>{who} afmelden</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} mensen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <source>Late arrival {name}</source>
        <translation>Laatkomer {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Deelnemers verwijderen</translation>
    </message>
    <message>
        <source>Delete {n} participants? You can undo this.</source>
        <translation>{n} deelnemers verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete {who}</source>
        <translation>{who} verwijderen</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Participant lists (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Deelnemerslijsten (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{file} was not imported. {reason}</source>
        <translation>{file} is niet geïmporteerd. {reason}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>(continued)</source>
        <translation>(vervolg)</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Hierna: {title}</translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Nog geen vragen.</translation>
    </message>
    <message>
        <source>= tied at the cut: the room decides</source>
        <translation>= gelijk op de grens: de zaal beslist</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <source>Last names {range}</source>
        <translation>Achternamen {range}</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Nog geen groepen.</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <source>No theme groups yet.</source>
        <translation>Nog geen themagroepen.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>This group has no actions.</source>
        <translation>Deze groep heeft geen acties.</translation>
    </message>
    <message>
        <source>What we learned: {text}</source>
        <translation>Wat we geleerd hebben: {text}</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>Nog geen activiteiten.</translation>
    </message>
    <message>
        <source>{n} of {cap} places</source>
        <translation>{n} van {cap} plaatsen</translation>
    </message>
    <message>
        <source>{n} signed up</source>
        <translation>{n} ingeschreven</translation>
    </message>
    <message>
        <source>full — waiting list</source>
        <translation>vol — wachtlijst</translation>
    </message>
    <message>
        <source>Waiting list: {names}</source>
        <translation>Wachtlijst: {names}</translation>
    </message>
    <message>
        <source>No competences yet.</source>
        <translation>Nog geen competenties.</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Wil leren</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>People per level: 0 = none … 4 = expert</source>
        <translation>Aantal mensen per niveau: 0 = geen … 4 = expert</translation>
    </message>
    <message>
        <source>People per level: 0 = none … 4 = expert · with names</source>
        <translation>Aantal mensen per niveau: 0 = geen … 4 = expert · met namen</translation>
    </message>
    <message>
        <source>orange: one expert or none</source>
        <translation>oranje: één expert of geen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Bedankt!</translation>
    </message>
    <message>
        <source>Meeting {n}: roles</source>
        <translation>Bijeenkomst {n}: rollen</translation>
    </message>
    <message>
        <source>No intervisie groups yet.</source>
        <translation>Nog geen intervisiegroepen.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>door {name}</translation>
    </message>
    <message>
        <source>before {date}</source>
        <translation>vóór {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>added after the startdag</source>
        <translation>toegevoegd na de startdag</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>nog niet besproken</translation>
    </message>
    <message>
        <source>Can teach: {names}</source>
        <translation>Kan leren geven: {names}</translation>
    </message>
    <message>
        <source>{learner} learns from {expert}</source>
        <translation>{learner} leert van {expert}</translation>
    </message>
    <message>
        <source>No learning pairs yet.</source>
        <translation>Nog geen leerkoppels.</translation>
    </message>
    <message>
        <source>Round {n} of {total}: {name} ({minutes} min)</source>
        <translation>Ronde {n} van {total}: {name} ({minutes} min)</translation>
    </message>
    <message>
        <source>Case giver</source>
        <translation>Inbrenger</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Tijdbewaker</translation>
    </message>
</context>
<context>
    <name>SwotConsole</name>
    <message>
        <source>Type part of a name, Enter picks</source>
        <translation>Typ een deel van een naam, Enter kiest</translation>
    </message>
    <message>
        <source>Optional and private: never shown on the projector. Everything is saved as you type.</source>
        <translation>Optioneel en privé: nooit op de beamer. Alles wordt opgeslagen terwijl je typt.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Zwaktes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Choose a participant on the left</source>
        <translation>Kies links een deelnemer</translation>
    </message>
    <message>
        <source>{n} of {total} have a SWOT</source>
        <translation>{n} van {total} hebben een SWOT</translation>
    </message>
    <message>
        <source>Edit SWOT</source>
        <translation>SWOT bewerken</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Trajectory details</source>
        <translation>Trajectgegevens</translation>
    </message>
    <message>
        <source>e.g. Eigen leerproces gebiedsnetwerkers</source>
        <translation>bijv. Eigen leerproces gebiedsnetwerkers</translation>
    </message>
    <message>
        <source>e.g. Gemeente Rotterdam</source>
        <translation>bijv. Gemeente Rotterdam</translation>
    </message>
    <message>
        <source>e.g. netwerken</source>
        <translation>bijv. netwerken</translation>
    </message>
    <message>
        <source>One per line, e.g.
initiatief tonen
verantwoordelijkheid nemen</source>
        <translation>Eén per regel, bijv.
initiatief tonen
verantwoordelijkheid nemen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Concept of the day:</source>
        <translation>&amp;Concept van de dag:</translation>
    </message>
    <message>
        <source>Co&amp;mpetences:</source>
        <translation>Co&amp;mpetenties:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Aanmaken…</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
</context>
<context>
    <name>VoteConsole</name>
    <message>
        <source>Dot voting</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handen</translation>
    </message>
    <message>
        <source>Hide the results on the projector</source>
        <translation>Uitslag niet op beamer</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Stemmen met:</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Stippen per persoon:</translation>
    </message>
    <message>
        <source>Top N:</source>
        <translation>Vragen door:</translation>
    </message>
    <message>
        <source>Voters:</source>
        <translation>Stemmers:</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>Add a vote to the selected question (+)</source>
        <translation>Een stem toevoegen aan de gekozen vraag (+)</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>Take a vote off the selected question (-)</source>
        <translation>Een stem weghalen bij de gekozen vraag (-)</translation>
    </message>
    <message>
        <source>Select a question, then + / - or type the count.</source>
        <translation>Kies een vraag; dan + / - of typ het aantal.</translation>
    </message>
    <message>
        <source>Include all tied</source>
        <translation>Alle gelijke meenemen</translation>
    </message>
    <message>
        <source>Confirm the chosen questions</source>
        <translation>Gekozen vragen bevestigen</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Uitslag tonen</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Uitslag verbergen</translation>
    </message>
    <message>
        <source>auto ({n})</source>
        <translation>auto ({n})</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>{total} of {capacity} dots ({voters} × {dots})</source>
        <translation>{total} van {capacity} stippen ({voters} × {dots})</translation>
    </message>
    <message>
        <source>{total} hands, {voters} voters</source>
        <translation>{total} handen, {voters} stemmers</translation>
    </message>
    <message>
        <source>{paper} on paper, {phones} from phones</source>
        <translation>{paper} op papier, {phones} van telefoons</translation>
    </message>
    <message>
        <source>Over-count: {total} dots counted, but {voters} voters × {dots} dots is at most {capacity}. Check the tallies.</source>
        <translation>Te veel geteld: {total} stippen geteld, maar {voters} stemmers × {dots} stippen is hoogstens {capacity}. Controleer de tellingen.</translation>
    </message>
    <message>
        <source>More hands than voters ({voters}) for: {questions}</source>
        <translation>Meer handen dan stemmers ({voters}) bij: {questions}</translation>
    </message>
    <message>
        <source>No questions yet: add them in the questions step.</source>
        <translation>Nog geen vragen: voeg ze toe in de stap Vragen.</translation>
    </message>
    <message>
        <source>No votes yet: tally the dots with + and - or type the count; phones count as they vote.</source>
        <translation>Nog geen stemmen: tel de stippen met + en - of typ het aantal; telefoons tellen mee zodra ze stemmen.</translation>
    </message>
    <message>
        <source>Tie at the cut: {n} questions have {votes} votes each for {places} remaining place(s). Too many to pick from: count on, raise Top N, or include all tied.</source>
        <translation>Gelijke stand op de grens: {n} vragen hebben elk {votes} stemmen voor {places} resterende plaats(en). Te veel om uit te kiezen: tel verder, verhoog Top N of neem ze allemaal mee.</translation>
    </message>
    <message>
        <source>Tie at the cut: {n} questions have {votes} votes each for {places} remaining place(s). Include all tied, or pick:</source>
        <translation>Gelijke stand op de grens: {n} vragen hebben elk {votes} stemmen voor {places} resterende plaats(en). Neem ze allemaal mee, of kies:</translation>
    </message>
    <message>
        <source>Top {n}: only {k} question(s) have votes so far: {questions}</source>
        <translation>Top {n}: pas {k} vraag/vragen hebben stemmen: {questions}</translation>
    </message>
    <message>
        <source>Top {n}: {questions}</source>
        <translation>Top {n}: {questions}</translation>
    </message>
    <message>
        <source>Chosen: {list}</source>
        <translation>Gekozen: {list}</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nog niets gekozen.</translation>
    </message>
    <message>
        <source>Change the vote settings</source>
        <translation>Steminstellingen wijzigen</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Telling</translation>
    </message>
    <message>
        <source>Choose the questions</source>
        <translation>Vragen kiezen</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>Own tally {own} + merged {merged}</source>
        <translation>Eigen telling {own} + samengevoegd {merged}</translation>
    </message>
    <message>
        <source>Typed here {own} + merged {merged}</source>
        <translation>Hier getypt {own} + samengevoegd {merged}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Set the count</source>
        <translation>Aantal instellen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Run the kickoff day and the harvest session of a learning trajectory: one file, one laptop, one projector.</source>
        <translation>Leid de startdag en de oogstsessie van een leertraject: één bestand, één laptop, één beamer.</translation>
    </message>
    <message>
        <source>Recent trajectories</source>
        <translation>Recente trajecten</translation>
    </message>
    <message>
        <source>No recent trajectories yet.</source>
        <translation>Nog geen recente trajecten.</translation>
    </message>
    <message>
        <source>Writes a new demo file; earlier demos stay as they are.</source>
        <translation>Maakt een nieuw demobestand; eerdere demo’s blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Learning from each other</source>
        <translation>Leren van elkaar</translation>
    </message>
    <message>
        <source>Experiments and hours</source>
        <translation>Experimenten en uren</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>{user} on {host} since {since}</source>
        <translation>{user} op {host} sinds {since}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>Read-only: this trajectory is open in Startdag by {who}. You can look, not change.</source>
        <translation>Alleen-lezen: dit traject is in Startdag geopend door {who}. Je kunt kijken, maar niets wijzigen.</translation>
    </message>
</context>
</TS>
