<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lepton Console</source>
        <translation>Über Lepton Console</translation>
    </message>
    <message>
        <source>Lepton Console icon</source>
        <translation>Symbol von Lepton Console</translation>
    </message>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&lt;p&gt;A native desktop console for Lepton AI deployments: watch them, pause them to zero replicas and resume them as they were.&lt;/p&gt;&lt;p&gt;Lepton Console is free software under the MIT licence.&lt;br&gt;&lt;a href="%1"&gt;Lepton AI documentation&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine native Desktop-Konsole für Lepton-AI-Deployments: beobachten, auf null Replikate pausieren und so fortsetzen, wie sie waren.&lt;/p&gt;&lt;p&gt;Lepton Console ist freie Software unter der MIT-Lizenz.&lt;br&gt;&lt;a href="%1"&gt;Dokumentation von Lepton AI&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>The licence of Lepton Console and of the libraries it uses</source>
        <translation>Die Lizenz von Lepton Console und der verwendeten Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsangaben kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lepton Console&lt;/b&gt; is released under the &lt;a href="%1"&gt;MIT licence&lt;/a&gt;. You may use, copy, modify and distribute it freely; it comes without any warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lepton Console&lt;/b&gt; steht unter der &lt;a href="%1"&gt;MIT-Lizenz&lt;/a&gt;. Sie dürfen es frei verwenden, kopieren, ändern und weitergeben; es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es baut auf diesen Bibliotheken auf:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is used under the GNU Lesser General Public License version 3: you may replace the Qt libraries this program uses with your own build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt wird unter der GNU Lesser General Public License Version 3 verwendet: Sie dürfen die von diesem Programm verwendeten Qt-Bibliotheken durch einen eigenen Build ersetzen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>The console is pausing this deployment.</source>
        <translation>Die Konsole pausiert dieses Deployment.</translation>
    </message>
    <message>
        <source>The console is resuming this deployment.</source>
        <translation>Die Konsole setzt dieses Deployment fort.</translation>
    </message>
    <message>
        <source>This deployment is being deleted.</source>
        <translation>Dieses Deployment wird gerade gelöscht.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 is unavailable: the server cannot be reached (the last refresh failed). It comes back when the connection does.</source>
        <translation>%1 ist nicht verfügbar: Der Server ist nicht erreichbar (die letzte Aktualisierung ist fehlgeschlagen). Es ist wieder verfügbar, sobald die Verbindung zurück ist.</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>Entered Error</source>
        <translation>In Fehler übergegangen</translation>
    </message>
    <message>
        <source>Not ready for too long</source>
        <translation>Zu lange nicht bereit</translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation>Absturzschleife</translation>
    </message>
    <message>
        <source>Resume finished</source>
        <translation>Fortsetzen abgeschlossen</translation>
    </message>
    <message>
        <source>Resume did not become ready</source>
        <translation>Nach dem Fortsetzen nicht bereit geworden</translation>
    </message>
    <message>
        <source>Resumed outside the console</source>
        <translation>Außerhalb der Konsole fortgesetzt</translation>
    </message>
    <message>
        <source>Stopped outside the console</source>
        <translation>Außerhalb der Konsole gestoppt</translation>
    </message>
    <message>
        <source>Pause review due</source>
        <translation>Überprüfung der Pause fällig</translation>
    </message>
    <message>
        <source>Token expiring</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Workspace unreachable</source>
        <translation>Arbeitsbereich nicht erreichbar</translation>
    </message>
    <message>
        <source>Scheduled pause or resume failed</source>
        <translation>Geplante Pause oder Fortsetzung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Dev pod %1</source>
        <translation>Dev Pod %1</translation>
    </message>
    <message>
        <source>Ray cluster %1</source>
        <translation>Ray-Cluster %1</translation>
    </message>
    <message>
        <source>%1 was paused here but is running: it was resumed outside the console.</source>
        <translation>%1 wurde hier pausiert, läuft aber: Es wurde außerhalb der Konsole fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 was scaled to zero by the platform after no traffic; it serves nothing until it gets replicas again.</source>
        <translation>%1 wurde von der Plattform mangels Datenverkehr auf null skaliert; es bedient nichts, bis es wieder Replikate erhält.</translation>
    </message>
    <message>
        <source>%1 was running and is now at zero replicas; nobody paused it here.</source>
        <translation>%1 lief und hat jetzt null Replikate; niemand hat es hier pausiert.</translation>
    </message>
    <message>
        <source>%1 entered Error</source>
        <translation>%1 ist in Fehler übergegangen</translation>
    </message>
    <message>
        <source>%1 is Ready again after the resume.</source>
        <translation>%1 ist nach dem Fortsetzen wieder bereit.</translation>
    </message>
    <message>
        <source>%1 was resumed %2 minutes ago and is still %3</source>
        <translation>%1 wurde vor %2 Minuten fortgesetzt und ist immer noch %3</translation>
    </message>
    <message>
        <source>%1 has been %2 for %3 minutes</source>
        <translation>%1 ist seit %3 Minuten %2</translation>
    </message>
    <message>
        <source>%1 is crash-looping: %2 restarts in the last %3 minutes</source>
        <translation>%1 befindet sich in einer Absturzschleife: %2 Neustarts in den letzten %3 Minuten</translation>
    </message>
    <message>
        <source>The workspace %1 has not answered for %2 minutes</source>
        <translation>Der Arbeitsbereich %1 antwortet seit %2 Minuten nicht</translation>
    </message>
    <message>
        <source>The pause of %1 is due for review (review date %2)</source>
        <translation>Die Pause von %1 ist zur Überprüfung fällig (Überprüfungsdatum %2)</translation>
    </message>
    <message>
        <source>The scheduled pause or resume of %1 failed.</source>
        <translation>Die geplante Pause oder Fortsetzung von %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Closed %1</source>
        <translation>Geschlossen %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Good news</source>
        <translation>Gute Nachricht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Dev pod %1</source>
        <translation>Dev Pod %1</translation>
    </message>
    <message>
        <source>Ray cluster %1</source>
        <translation>Ray-Cluster %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation>Dev-Pod</translation>
    </message>
    <message>
        <source>Ray cluster</source>
        <translation>Ray-Cluster</translation>
    </message>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3. %4</source>
        <translation>%1 %2 in %3. %4</translation>
    </message>
    <message>
        <source>Workspace %1. %2</source>
        <translation>Arbeitsbereich %1. %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>AlertRulesPage</name>
    <message>
        <source>When the console raises an alert (Alerts dock, tray, desktop notification).</source>
        <translation>Wenn die Konsole eine Warnung auslöst (Warnungen-Leiste, Systemabschnitt der Kontrollleiste, Desktop-Benachrichtigung).</translation>
    </message>
    <message>
        <source>When the console raises an alert for workspace %1 (Alerts dock, tray, desktop notification).</source>
        <translation>Wenn die Konsole eine Warnung für den Arbeitsbereich %1 auslöst (Warnungen-Leiste, Systemabschnitt der Kontrollleiste, Desktop-Benachrichtigung).</translation>
    </message>
    <message>
        <source>Minutes not ready before an alert</source>
        <translation>Minuten nicht bereit vor einer Warnung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Restarts that make a crash loop</source>
        <translation>Neustarts, die eine Absturzschleife ergeben</translation>
    </message>
    <message>
        <source> restarts</source>
        <translation> Neustarts</translation>
    </message>
    <message>
        <source>Minutes in which the restarts count</source>
        <translation>Minuten, in denen die Neustarts gezählt werden</translation>
    </message>
    <message>
        <source>Minutes a resume has to become ready</source>
        <translation>Minuten, die ein Fortsetzen hat, um bereit zu werden</translation>
    </message>
    <message>
        <source>Minutes unreachable before an alert</source>
        <translation>Minuten nicht erreichbar vor einer Warnung</translation>
    </message>
    <message>
        <source>A deployment, pod or Ray cluster enters &amp;Error</source>
        <translation>Eine Bereitstellung, ein Pod oder ein Ray-Cluster geht in &amp;Fehler über</translation>
    </message>
    <message>
        <source>It stays Not Ready or Starting &amp;longer than</source>
        <translation>Es bleibt &amp;länger nicht bereit oder startend als</translation>
    </message>
    <message>
        <source>It &amp;crash-loops: restarts or terminations within</source>
        <translation>Es befindet sich in einer &amp;Absturzschleife: Neustarts oder Beendigungen innerhalb von</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>A resume does &amp;not become Ready within</source>
        <translation>Ein Fortsetzen wird &amp;nicht bereit innerhalb von</translation>
    </message>
    <message>
        <source>A resume finished and is &amp;Ready (good news)</source>
        <translation>Ein Fortsetzen ist abgeschlossen und &amp;bereit (gute Nachricht)</translation>
    </message>
    <message>
        <source>Something the console paused is &amp;found running</source>
        <translation>Etwas, das die Konsole pausiert hat, wird &amp;laufend vorgefunden</translation>
    </message>
    <message>
        <source>Something running is found at &amp;zero that nobody paused here</source>
        <translation>Etwas Laufendes wird bei &amp;null vorgefunden, obwohl es hier niemand pausiert hat</translation>
    </message>
    <message>
        <source>A pause's re&amp;view date is due</source>
        <translation>Das Überprüfungs&amp;datum einer Pause ist fällig</translation>
    </message>
    <message>
        <source>The workspace &amp;token is about to expire</source>
        <translation>Das &amp;Token des Arbeitsbereichs läuft bald ab</translation>
    </message>
    <message>
        <source>The workspace API is &amp;unreachable for</source>
        <translation>Die API des Arbeitsbereichs ist &amp;nicht erreichbar seit</translation>
    </message>
    <message>
        <source>Alert Rules</source>
        <translation>Warnungsregeln</translation>
    </message>
    <message>
        <source>A &amp;scheduled pause or resume fails</source>
        <translation>Eine &amp;geplante Pause oder Fortsetzung schlägt fehl</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>&amp;Show in table</source>
        <translation>In der Tabelle &amp;zeigen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Open and recent alerts, newest first. Enter shows the resource; Ctrl+K acknowledges.</source>
        <translation>Offene und kürzliche Warnungen, neueste zuerst. Eingabe zeigt die Ressource; Strg+K bestätigt.</translation>
    </message>
    <message>
        <source>Alerts columns</source>
        <translation>Spalten der Warnungen</translation>
    </message>
    <message>
        <source>Alerts rows</source>
        <translation>Zeilen der Warnungen</translation>
    </message>
    <message>
        <source>Show the alert's resource in the table</source>
        <translation>Die Ressource der Warnung in der Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Die ausgewählte Warnung bestätigen</translation>
    </message>
    <message>
        <source>Mark the alert as seen (Ctrl+K): it stays listed until its condition ends, but no longer counts in the tray</source>
        <translation>Die Warnung als gesehen markieren (Strg+K): Sie bleibt aufgelistet, bis ihre Bedingung endet, zählt aber nicht mehr im Systemabschnitt der Kontrollleiste</translation>
    </message>
    <message>
        <source>No alerts. Alert rules are in Edit ▸ Preferences ▸ Alert Rules.</source>
        <translation>Keine Warnungen. Warnungsregeln befinden sich unter Bearbeiten ▸ Einstellungen ▸ Warnungsregeln.</translation>
    </message>
    <message numerus="yes">
        <source>No open alerts; %n recent alert(s).</source>
        <translation>
            <numerusform>Keine offenen Warnungen; %n kürzliche Warnung.</numerusform>
            <numerusform>Keine offenen Warnungen; %n kürzliche Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) to look at.</source>
        <translation>
            <numerusform>%n offene Warnung zum Ansehen.</numerusform>
            <numerusform>%n offene Warnungen zum Ansehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Lepton server.</source>
        <translation>Der Lepton-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The Lepton server did not answer in time.</source>
        <translation>Der Lepton-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The workspace token was refused; it may be wrong or expired.</source>
        <translation>Das Workspace-Token wurde abgelehnt; es ist möglicherweise falsch oder abgelaufen.</translation>
    </message>
    <message>
        <source>This token is not allowed to do that.</source>
        <translation>Dieses Token ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>The server reported a conflict.</source>
        <translation>Der Server hat einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server is busy; it asked to try again in %1 s.</source>
        <translation>Der Server ist ausgelastet; er bittet darum, es in %1 s erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The server is busy; try again shortly.</source>
        <translation>Der Server ist ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Lepton server had an internal problem.</source>
        <translation>Der Lepton-Server hatte ein internes Problem.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood.</source>
        <translation>Die Antwort des Servers war nicht verständlich.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The connection broke off in the middle of the Lepton server's answer.</source>
        <translation>Die Verbindung brach mitten in der Antwort des Lepton-Servers ab.</translation>
    </message>
    <message>
        <source>The server redirected to another address; not followed, the token was not sent.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; der Umleitung wurde nicht gefolgt, das Token wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>a redirect that was not followed</source>
        <translation>eine Umleitung, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was not read</source>
        <translation>die Antwort ist größer als %1 MB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>no complete answer after %1 s</source>
        <translation>keine vollständige Antwort nach %1 s</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the answer broke off before its end</source>
        <translation>die Antwort brach vor ihrem Ende ab</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>The local notes and pause database could not be opened: %1</source>
        <translation>Die lokale Datenbank für Notizen und Pausen konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>--workspace: this is not a workspace ID (letters, digits, '-', '_' and '.' only).</source>
        <translation>--workspace: Dies ist keine Workspace-ID (nur Buchstaben, Ziffern, '-', '_' und '.').</translation>
    </message>
    <message>
        <source>Local database recovered</source>
        <translation>Lokale Datenbank wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Connect to Workspace…</source>
        <translation>Mit Workspace &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to a workspace with its ID and token</source>
        <translation>Mit einem Workspace über seine ID und sein Token verbinden</translation>
    </message>
    <message>
        <source>&amp;Import from lep CLI…</source>
        <translation>Aus der lep-CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the workspaces the lep command line is logged in to</source>
        <translation>Die Workspaces hinzufügen, bei denen die lep-Kommandozeile angemeldet ist</translation>
    </message>
    <message>
        <source>Re&amp;move Workspace…</source>
        <translation>Workspace &amp;entfernen…</translation>
    </message>
    <message>
        <source>Forget the workspace shown and delete its token from the keychain</source>
        <translation>Den angezeigten Workspace vergessen und sein Token aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
    <message>
        <source>The demo workspace could not start a local server on 127.0.0.1.</source>
        <translation>Der Demo-Workspace konnte keinen lokalen Server auf 127.0.0.1 starten.</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to connect.</source>
        <translation>Für %1 ist kein Token im System-Schlüsselbund gespeichert. Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The workspace %1 is not saved in this console yet. Enter its token to connect.</source>
        <translation>Der Workspace %1 ist in dieser Konsole noch nicht gespeichert. Geben Sie sein Token ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The token for %1 could not be read from the system keychain. %2</source>
        <translation>Das Token für %1 konnte nicht aus dem System-Schlüsselbund gelesen werden. %2</translation>
    </message>
    <message>
        <source>%1 refused the token. %2</source>
        <translation>%1 hat das Token abgelehnt. %2</translation>
    </message>
    <message>
        <source>Remove Workspace</source>
        <translation>Workspace entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace %1 from the console?</source>
        <translation>Den Workspace %1 aus der Konsole entfernen?</translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. The deployments themselves are not touched. The pause records stay, so paused deployments can still be resumed after connecting again; the notes stay too unless you tick the box.</source>
        <translation>Sein Token wird aus dem System-Schlüsselbund gelöscht. Die Deployments selbst bleiben unberührt. Die Pauseneinträge bleiben erhalten, sodass pausierte Deployments nach einer erneuten Verbindung weiterhin fortgesetzt werden können; auch die Notizen bleiben erhalten, sofern Sie das Kästchen nicht ankreuzen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Also delete its &amp;notes (%n note(s))</source>
        <translation>
            <numerusform>Auch seine &amp;Notizen löschen (%n Notiz)</numerusform>
            <numerusform>Auch seine &amp;Notizen löschen (%n Notizen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the workspace's notes</source>
        <translation>Auch die Notizen des Workspaces löschen</translation>
    </message>
    <message>
        <source>The token of %1 could not be deleted from the system keychain. %2</source>
        <translation>Das Token von %1 konnte nicht aus dem System-Schlüsselbund gelöscht werden. %2</translation>
    </message>
    <message>
        <source>Remove the workspace from the console anyway? A token stored in the keychain stays there (service "%1", account "%2") until you delete it with your keychain manager.</source>
        <translation>Den Workspace trotzdem aus der Konsole entfernen? Ein im Schlüsselbund gespeichertes Token bleibt dort (Dienst „%1“, Konto „%2“), bis Sie es mit Ihrer Schlüsselbundverwaltung löschen.</translation>
    </message>
    <message>
        <source>Remove &amp;Anyway</source>
        <translation>&amp;Trotzdem entfernen</translation>
    </message>
    <message>
        <source>Enter a new token for %1.</source>
        <translation>Geben Sie ein neues Token für %1 ein.</translation>
    </message>
    <message>
        <source>Also delete its &amp;notes</source>
        <translation>Auch seine &amp;Notizen löschen</translation>
    </message>
</context>
<context>
    <name>ApplicationIdentity</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>AuthorText</name>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user (program)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <comment>user (on host)</comment>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <comment>user (program on host)</comment>
        <translation>%1 (%2 auf %3)</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: lepton-console-cli [options] COMMAND [command options] [arguments]
Pause and resume Lepton deployments from scripts and CI/CD, sharing the Lepton Console's pause ledger and notes.

Commands:
</source>
        <translation>Aufruf: lepton-console-cli [Optionen] BEFEHL [Befehlsoptionen] [Argumente]
Lepton-Deployments aus Skripten und CI/CD pausieren und fortsetzen, mit demselben Pausenregister und denselben Notizen wie Lepton Console.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation>
Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <source>Show this help, or a command's.</source>
        <translation>Diese Hilfe oder die eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>
Credentials: LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and LEPTON_WORKSPACE_URL from the environment, as the Lepton SDK reads them; or --workspace ID for a workspace saved by the console (token from the system keychain); or --token-stdin. A token is never taken as an argument.
</source>
        <translation>
Zugangsdaten: LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN und LEPTON_WORKSPACE_URL aus der Umgebung, so wie das Lepton-SDK sie liest; oder --workspace ID für einen von der Konsole gespeicherten Workspace (Token aus dem System-Schlüsselbund); oder --token-stdin. Ein Token wird nie als Argument angenommen.
</translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation>
Exit-Codes:
</translation>
    </message>
    <message>
        <source>
Run "lepton-console-cli COMMAND --help" for a command's options.</source>
        <translation>
Die Optionen eines Befehls zeigt "lepton-console-cli BEFEHL --help".</translation>
    </message>
    <message>
        <source>%1 See "lepton-console-cli --help".</source>
        <translation>%1 Siehe "lepton-console-cli --help".</translation>
    </message>
    <message>
        <source>%1 See "lepton-console-cli %2 --help".</source>
        <translation>%1 Siehe "lepton-console-cli %2 --help".</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl "%1".</translation>
    </message>
    <message>
        <source>Not checked against the server: %1</source>
        <translation>Nicht mit dem Server abgeglichen: %1</translation>
    </message>
    <message>
        <source>The pause ledger and notes (%1) could not be opened: %2</source>
        <translation>Das Pausen-Journal und die Notizen (%1) konnten nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Did you mean "%1"?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>CliTime</name>
    <message>
        <source>"%1" is not a time of day (00:00 to 23:59).</source>
        <translation>„%1“ ist keine Uhrzeit (00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>%1 today has already passed; give a date and time in ISO 8601, for example %2.</source>
        <translation>%1 ist heute bereits vorbei; geben Sie Datum und Uhrzeit in ISO 8601 an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>"%1" is not a time: use ISO 8601 (2026-12-24T18:00:00+01:00, or without an offset for local time) or HH:MM for today.</source>
        <translation>„%1“ ist keine Zeitangabe: Verwenden Sie ISO 8601 (2026-12-24T18:00:00+01:00, oder ohne Versatz für Ortszeit) oder HH:MM für heute.</translation>
    </message>
    <message>
        <source>"%1" is not a duration: write for example 2h, 90m or 1h30m (at most a year).</source>
        <translation>„%1“ ist keine Dauer: Schreiben Sie zum Beispiel 2h, 90m oder 1h30m (höchstens ein Jahr).</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Keep the pause ledger and notes in &lt;dir&gt; instead of the console's own folder (e.g. a CI cache folder).</source>
        <translation>Pausenregister und Notizen in &lt;dir&gt; statt im Ordner der Konsole ablegen (z. B. in einem CI-Cache-Ordner).</translation>
    </message>
    <message>
        <source>Use the workspace &lt;id&gt; saved by the console (its token comes from the system keychain).</source>
        <translation>Den von der Konsole gespeicherten Workspace &lt;id&gt; verwenden (sein Token kommt aus dem System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the workspace API base URL.</source>
        <translation>&lt;url&gt; als Basis-URL der Workspace-API verwenden.</translation>
    </message>
    <message>
        <source>Read the workspace token from standard input.</source>
        <translation>Das Workspace-Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds greater than 0, not "%2".</source>
        <translation>--%1 erwartet eine Anzahl Sekunden größer als 0, nicht "%2".</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2, not "%3".</source>
        <translation>--%1 erwartet eine ganze Zahl von mindestens %2, nicht "%3".</translation>
    </message>
    <message>
        <source>Also print the log (Qt's and the console's, debug lines included, tokens redacted) on standard error.</source>
        <translation>Auch das Protokoll (von Qt und der Konsole, einschließlich Debug-Zeilen, Tokens unkenntlich gemacht) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>The local database %1 is read-only here (the file or its folder cannot be written), and %2 would change it; nothing was done. Reading commands (list, status, paused, notes, export-ledger) still work.</source>
        <translation>Die lokale Datenbank %1 ist hier schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden), und %2 würde sie ändern; es wurde nichts getan. Lesende Befehle (list, status, paused, notes, export-ledger) funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Keep the pause ledger and notes in the store &lt;uri&gt;: postgresql://user@host/database (a team store), or sqlite: (the local file). Default: $LEPTON_CONSOLE_STORE.</source>
        <translation>Pausen-Journal und Notizen im Speicher &lt;uri&gt; führen: postgresql://benutzer@host/datenbank (ein Team-Speicher) oder sqlite: (die lokale Datei). Standard: $LEPTON_CONSOLE_STORE.</translation>
    </message>
    <message>
        <source>Did you mean "%1"?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Credential string</source>
        <translation>Zugangsdaten-String</translation>
    </message>
    <message>
        <source>Paste workspace-id:token here to fill both fields</source>
        <translation>workspace-id:token hier einfügen, um beide Felder auszufüllen</translation>
    </message>
    <message>
        <source>workspace-id:token</source>
        <translation>workspace-id:token</translation>
    </message>
    <message>
        <source>The credential string from the Lepton dashboard, as `lep login -c` takes it. Pasting it fills the workspace ID and the token.</source>
        <translation>Der Zugangsdaten-String aus dem Lepton-Dashboard, wie ihn `lep login -c` erwartet. Beim Einfügen werden Workspace-ID und Token ausgefüllt.</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>Workspace-ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Sh&amp;ow token</source>
        <translation>Token &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show the token and the credential string as plain text</source>
        <translation>Token und Zugangsdaten-String als Klartext anzeigen</translation>
    </message>
    <message>
        <source>Base URL (optional)</source>
        <translation>Basis-URL (optional)</translation>
    </message>
    <message>
        <source>Only for another region or a local simulator; leave empty for the Lepton cloud. https:// is required unless the host is this computer.</source>
        <translation>Nur für eine andere Region oder einen lokalen Simulator; für die Lepton-Cloud leer lassen. https:// ist erforderlich, außer der Host ist dieser Computer.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Ask the workspace whether it accepts this token, without saving anything</source>
        <translation>Beim Workspace nachfragen, ob er dieses Token akzeptiert, ohne etwas zu speichern</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Speichern und verbinden</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>Use for This Session O&amp;nly</source>
        <translation>&amp;Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Das Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keep the token in memory until the console quits; it is not stored anywhere</source>
        <translation>Das Token bis zum Beenden der Konsole im Arbeitsspeicher halten; es wird nirgends gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;redential string:</source>
        <translation>&amp;Zugangsdaten-String:</translation>
    </message>
    <message>
        <source>or enter the workspace ID and the token one by one:</source>
        <translation>oder Workspace-ID und Token einzeln eingeben:</translation>
    </message>
    <message>
        <source>Workspace &amp;ID:</source>
        <translation>Workspace-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Base &amp;URL (optional):</source>
        <translation>Basis-&amp;URL (optional):</translation>
    </message>
    <message>
        <source>Enter a New Token</source>
        <translation>Neues Token eingeben</translation>
    </message>
    <message>
        <source>Enter a new token for workspace %1, or paste its credential string. The table, the notes and the pause records stay as they are; the console carries on once the new token is saved.</source>
        <translation>Geben Sie ein neues Token für den Workspace %1 ein oder fügen Sie seinen Zugangsdaten-String ein. Tabelle, Notizen und Pauseneinträge bleiben, wie sie sind; die Konsole macht weiter, sobald das neue Token gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Save and Continue</source>
        <translation>&amp;Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Connect to a Workspace</source>
        <translation>Mit einem Workspace verbinden</translation>
    </message>
    <message>
        <source>Paste the credential string from the Lepton dashboard (what `lep login -c` takes), or enter the workspace ID and its token. The token is kept in the system keychain, never in a file.</source>
        <translation>Fügen Sie den Zugangsdaten-String aus dem Lepton-Dashboard ein (den `lep login -c` erwartet) oder geben Sie die Workspace-ID und das zugehörige Token ein. Das Token wird im System-Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Enter the workspace ID, or paste the credential string.</source>
        <translation>Workspace-ID eingeben oder Zugangsdaten-String einfügen.</translation>
    </message>
    <message>
        <source>This is not a workspace ID: it may hold only letters, digits, '-', '_' and '.'.</source>
        <translation>Dies ist keine Workspace-ID: Sie darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten.</translation>
    </message>
    <message>
        <source>Enter the workspace's token.</source>
        <translation>Token des Workspaces eingeben.</translation>
    </message>
    <message>
        <source>The token holds characters a token cannot have (spaces, line breaks, control or non-ASCII characters).</source>
        <translation>Das Token enthält Zeichen, die in einem Token nicht vorkommen können (Leerzeichen, Zeilenumbrüche, Steuer- oder Nicht-ASCII-Zeichen).</translation>
    </message>
    <message>
        <source>This credential string is for another workspace, not %1.</source>
        <translation>Dieser Zugangsdaten-String gehört zu einem anderen Workspace, nicht zu %1.</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>Leave the base URL empty for the Lepton cloud. It must use https:// unless the host is this computer.</source>
        <translation>Für die Lepton-Cloud die Basis-URL leer lassen. Sie muss https:// verwenden, außer der Host ist dieser Computer.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The workspace accepts this token.
Name: %1
Tier: %2
State: %3</source>
        <translation>Der Workspace akzeptiert dieses Token.
Name: %1
Tarif: %2
Status: %3</translation>
    </message>
    <message>
        <source>Check the workspace ID and the base URL.</source>
        <translation>Workspace-ID und Basis-URL prüfen.</translation>
    </message>
    <message>
        <source>Copy a current token (or credential string) from the Lepton dashboard.</source>
        <translation>Ein aktuelles Token (oder einen Zugangsdaten-String) aus dem Lepton-Dashboard kopieren.</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Token wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1
The token was not saved. You can use it for this session only: it stays in memory until the console quits, and you will be asked for it again next time.</source>
        <translation>%1
Das Token wurde nicht gespeichert. Sie können es nur für diese Sitzung verwenden: Es bleibt im Arbeitsspeicher, bis die Konsole beendet wird, und beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. %1</source>
        <translation>Das Token konnte nicht im System-Schlüsselbund gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The workspace could not be added to the list: %1</source>
        <translation>Der Workspace konnte nicht zur Liste hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Team Store</source>
        <translation>Team-Speicher</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>--workspace takes a workspace id (letters, digits, '-', '_' and '.').</source>
        <translation>--workspace erwartet eine Workspace-ID (Buchstaben, Ziffern, '-', '_' und '.').</translation>
    </message>
    <message>
        <source>No workspace: set LEPTON_WORKSPACE_ID and LEPTON_WORKSPACE_TOKEN, or pass --workspace ID for a workspace saved by the console.</source>
        <translation>Kein Workspace: LEPTON_WORKSPACE_ID und LEPTON_WORKSPACE_TOKEN setzen oder mit --workspace ID einen von der Konsole gespeicherten Workspace angeben.</translation>
    </message>
    <message>
        <source>--url cannot be used: %1</source>
        <translation>--url kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>--token-stdin: standard input held no token.</source>
        <translation>--token-stdin: Die Standardeingabe enthielt kein Token.</translation>
    </message>
    <message>
        <source>--token-stdin: the token on standard input contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation>--token-stdin: Das Token auf der Standardeingabe enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die ein Lepton-Token nicht enthalten kann.</translation>
    </message>
    <message>
        <source>No token for workspace %1: the console has none in the keychain. Set LEPTON_WORKSPACE_TOKEN, or pass the token on standard input with --token-stdin.</source>
        <translation>Kein Token für den Workspace %1: Die Konsole hat keines im Schlüsselbund. LEPTON_WORKSPACE_TOKEN setzen oder das Token mit --token-stdin über die Standardeingabe übergeben.</translation>
    </message>
    <message>
        <source>The token of workspace %1 could not be read from the keychain: %2 Set LEPTON_WORKSPACE_TOKEN, or pass the token on standard input with --token-stdin.</source>
        <translation>Das Token des Workspaces %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2 LEPTON_WORKSPACE_TOKEN setzen oder das Token mit --token-stdin über die Standardeingabe übergeben.</translation>
    </message>
    <message>
        <source>The console has no saved workspaces; connect one in the console, or set LEPTON_WORKSPACE_ID and LEPTON_WORKSPACE_TOKEN.</source>
        <translation>Die Konsole hat keine gespeicherten Workspaces; verbinden Sie einen in der Konsole oder setzen Sie LEPTON_WORKSPACE_ID und LEPTON_WORKSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>Saved workspaces: %1.</source>
        <translation>Gespeicherte Workspaces: %1.</translation>
    </message>
    <message>
        <source>No workspace %1 is saved by the console. %2%3</source>
        <translation>Die Konsole hat keinen Workspace %1 gespeichert. %2%3</translation>
    </message>
</context>
<context>
    <name>CredentialString</name>
    <message>
        <source>Paste the credential from the Lepton dashboard, in the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation>Die Zugangsdaten aus dem Lepton-Dashboard im Format &lt;workspace_id&gt;:&lt;token&gt; einfügen.</translation>
    </message>
    <message>
        <source>This is not a credential string: it has no colon. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;, with the workspace id before the colon.</source>
        <translation>Dies ist kein Zugangsdaten-String: Er enthält keinen Doppelpunkt. Zugangsdaten haben das Format &lt;workspace_id&gt;:&lt;token&gt;, mit der Workspace-ID vor dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>The workspace id before the colon is missing. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation>Die Workspace-ID vor dem Doppelpunkt fehlt. Zugangsdaten haben das Format &lt;workspace_id&gt;:&lt;token&gt;.</translation>
    </message>
    <message>
        <source>The token after the colon is missing. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation>Das Token nach dem Doppelpunkt fehlt. Zugangsdaten haben das Format &lt;workspace_id&gt;:&lt;token&gt;.</translation>
    </message>
    <message>
        <source>The workspace id contains a space or line break. Copy the credential again as one piece.</source>
        <translation>Die Workspace-ID enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie die Zugangsdaten erneut in einem Stück.</translation>
    </message>
    <message>
        <source>The token contains a space or line break. Copy the credential again as one piece.</source>
        <translation>Das Token enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie die Zugangsdaten erneut in einem Stück.</translation>
    </message>
    <message>
        <source>The workspace id may contain only letters, digits, '-', '_' and '.'. Check that the text before the colon is the workspace id.</source>
        <translation>Die Workspace-ID darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten. Prüfen Sie, ob der Text vor dem Doppelpunkt die Workspace-ID ist.</translation>
    </message>
    <message>
        <source>The token contains characters a Lepton token cannot have (invisible or non-ASCII characters). Copy the credential again.</source>
        <translation>Das Token enthält Zeichen, die ein Lepton-Token nicht enthalten kann (unsichtbare oder Nicht-ASCII-Zeichen). Kopieren Sie die Zugangsdaten erneut.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD) in the exception "%2"; write a date or a range such as 2026-12-24..2027-01-01.</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) in der Ausnahme „%2“; geben Sie ein Datum oder einen Bereich wie 2026-12-24..2027-01-01 an.</translation>
    </message>
    <message>
        <source>The exception "%1" ends before it begins.</source>
        <translation>Die Ausnahme „%1“ endet, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>DeleteResourceDialog</name>
    <message>
        <source>Delete Deployment</source>
        <translation>Bereitstellung löschen</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Name zur Bestätigung</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 %2 has been paused since %3. Deleting removes it from the workspace for good: its replicas, settings and address are gone, and Resume is no longer possible.

The pause in the ledger and the notes are kept as history; the pause is closed as deleted.</source>
        <translation>%1 %2 ist seit %3 pausiert. Das Löschen entfernt es endgültig aus dem Arbeitsbereich: Replikate, Einstellungen und Adresse sind weg, und Fortsetzen ist nicht mehr möglich.

Die Pause im Protokollbuch und die Notizen bleiben als Verlauf erhalten; die Pause wird als gelöscht geschlossen.</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>an entry has no metadata.name</source>
        <translation>ein Eintrag hat kein metadata.name</translation>
    </message>
    <message>
        <source>the deployment list is not valid JSON (%1 at byte %2)</source>
        <translation>die Deployment-Liste ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the deployment list is not a JSON list</source>
        <translation>die Deployment-Liste ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>entry %1 of the list has text that is not valid UTF-8</source>
        <translation>Eintrag %1 der Liste enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>"%1" has text that is not valid UTF-8</source>
        <translation>"%1" enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
</context>
<context>
    <name>DeploymentActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Scale the selected deployments to zero, remembering their replicas</source>
        <translation>Die ausgewählten Deployments auf null skalieren und ihre Replikate merken</translation>
    </message>
    <message>
        <source>Pause with &amp;Note…</source>
        <translation>Mit &amp;Notiz pausieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pause with a reason and a reminder</source>
        <translation>Mit Begründung und Erinnerung pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Give the selected deployments back the replicas they had</source>
        <translation>Den ausgewählten Deployments ihre früheren Replikate zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Edit the selected deployment's settings</source>
        <translation>Die Einstellungen des ausgewählten Deployments bearbeiten</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Neu s&amp;tarten…</translation>
    </message>
    <message>
        <source>Restart the selected deployment's replicas</source>
        <translation>Die Replikate des ausgewählten Deployments neu starten</translation>
    </message>
    <message>
        <source>&amp;Copy Endpoint</source>
        <translation>Endpunkt &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the endpoint URL</source>
        <translation>Die URL des Endpunkts kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Endpoint in Browser</source>
        <translation>Endpunkt im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the endpoint URL in the web browser</source>
        <translation>Die URL des Endpunkts im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Ask Before Pausing or Resuming</source>
        <translation>Vor Pausieren oder Fortsetzen &amp;fragen</translation>
    </message>
    <message>
        <source>Pause and Resume ask first in this workspace; turn it off for workspaces that are not production</source>
        <translation>Pausieren und Fortsetzen fragen in diesem Workspace zuerst nach; schalten Sie es für Workspaces aus, die nicht produktiv sind</translation>
    </message>
    <message>
        <source>1 replica</source>
        <translation>1 Replikat</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 Replikate</translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation>%1 pausieren?</translation>
    </message>
    <message>
        <source>Pause %1 deployments: %2?</source>
        <translation>%1 Deployments pausieren: %2?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Each goes to zero replicas and stops serving. Its replicas and autoscaling are saved first; Resume brings them back, and Edit &gt; Undo (%1) does so at once.</source>
        <translation>Jedes geht auf null Replikate und bedient keine Anfragen mehr. Seine Replikate und das Autoscaling werden vorher gespeichert; Fortsetzen bringt sie zurück, Bearbeiten &gt; Rückgängig (%1) sofort.</translation>
    </message>
    <message>
        <source>Pause %1 deployments?</source>
        <translation>%1 Deployments pausieren?</translation>
    </message>
    <message>
        <source>%1: back to %2</source>
        <translation>%1: zurück auf %2</translation>
    </message>
    <message>
        <source>%1: woken with a restart, keeping %2</source>
        <translation>%1: mit einem Neustart geweckt, behält %2</translation>
    </message>
    <message>
        <source>Resume %1?</source>
        <translation>%1 fortsetzen?</translation>
    </message>
    <message>
        <source>Resume %1 deployments:
%2?</source>
        <translation>%1 Deployments fortsetzen:
%2?</translation>
    </message>
    <message>
        <source>Resume %1 deployments?</source>
        <translation>%1 Deployments fortsetzen?</translation>
    </message>
    <message>
        <source>They start serving again and use GPUs from now on.</source>
        <translation>Sie bedienen wieder Anfragen und belegen ab jetzt GPUs.</translation>
    </message>
    <message>
        <source>&amp;Undo Pause of %1</source>
        <translation>Pausieren von %1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Resume of %1</source>
        <translation>Fortsetzen von %1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>%1 is unavailable: select a deployment first.</source>
        <translation>%1 ist nicht verfügbar: Wählen Sie zuerst ein Deployment aus.</translation>
    </message>
    <message>
        <source>Pause is unavailable: the selected deployments are paused or stopped already.</source>
        <translation>Pausieren ist nicht verfügbar: Die ausgewählten Deployments sind schon pausiert oder gestoppt.</translation>
    </message>
    <message>
        <source>Resume is unavailable: the selected deployments are running.</source>
        <translation>Fortsetzen ist nicht verfügbar: Die ausgewählten Deployments laufen.</translation>
    </message>
    <message>
        <source>Could not pause %1: %2 Nothing was changed.</source>
        <translation>%1 konnte nicht pausiert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not resume %1: %2 Nothing was changed; it stays paused.</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2 Es wurde nichts geändert; es bleibt pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n deployment(s); Resume gives each its replicas back.</source>
        <translation>
            <numerusform>%n Deployment pausiert; Fortsetzen gibt ihm seine Replikate zurück.</numerusform>
            <numerusform>%n Deployments pausiert; Fortsetzen gibt jedem seine Replikate zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1 of %2. These failed:
%3</source>
        <translation>%1 von %2 pausiert. Fehlgeschlagen sind:
%3</translation>
    </message>
    <message>
        <source>Pausing %1 to apply the change…</source>
        <translation>Pausiere %1, um die Änderung zu übernehmen …</translation>
    </message>
    <message>
        <source>Applying the change to %1 while it is paused…</source>
        <translation>Übernehme die Änderung an %1, während es pausiert ist …</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1 is paused, but the change was not applied: %2</source>
        <translation>%1 ist pausiert, aber die Änderung wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>%1 stays paused; the change was not applied: %2</source>
        <translation>%1 bleibt pausiert; die Änderung wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Paused while applying a change</source>
        <translation>Pausiert, während eine Änderung übernommen wird</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>Restart every replica of %1? Replicas are replaced one by one.</source>
        <translation>Alle Replikate von %1 neu starten? Die Replikate werden eines nach dem anderen ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restarting %1.</source>
        <translation>%1 wird neu gestartet.</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show who paused, resumed and wrote notes on the selected deployment, and when</source>
        <translation>Zeigen, wer das ausgewählte Deployment wann pausiert, fortgesetzt oder mit Notizen versehen hat</translation>
    </message>
    <message>
        <source>&amp;Logs…</source>
        <translation>&amp;Logs …</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>Read and follow the selected deployment's log, per replica</source>
        <translation>Das Log der ausgewählten Bereitstellung lesen und verfolgen, pro Replikat</translation>
    </message>
    <message>
        <source>%1 is unavailable: select a dev pod first.</source>
        <translation>%1 ist nicht verfügbar: Wählen Sie zuerst einen Dev-Pod aus.</translation>
    </message>
    <message>
        <source>%1 is unavailable: select a Ray cluster first.</source>
        <translation>%1 ist nicht verfügbar: Wählen Sie zuerst einen Ray-Cluster aus.</translation>
    </message>
    <message>
        <source>Pause is unavailable: the selected dev pods are paused or stopped already.</source>
        <translation>Pausieren ist nicht verfügbar: Die ausgewählten Dev-Pods sind bereits pausiert oder gestoppt.</translation>
    </message>
    <message>
        <source>Resume is unavailable: the selected dev pods are running.</source>
        <translation>Fortsetzen ist nicht verfügbar: Die ausgewählten Dev-Pods laufen.</translation>
    </message>
    <message>
        <source>Pause is unavailable: the selected Ray clusters are paused or suspended already.</source>
        <translation>Pausieren ist nicht verfügbar: Die ausgewählten Ray-Cluster sind bereits pausiert oder angehalten.</translation>
    </message>
    <message>
        <source>Resume is unavailable: the selected Ray clusters are running.</source>
        <translation>Fortsetzen ist nicht verfügbar: Die ausgewählten Ray-Cluster laufen.</translation>
    </message>
    <message>
        <source>Stop the selected dev pods; Resume brings them back as they were</source>
        <translation>Die ausgewählten Dev-Pods stoppen; Fortsetzen bringt sie so zurück, wie sie waren</translation>
    </message>
    <message>
        <source>Start the selected dev pods again as they were</source>
        <translation>Die ausgewählten Dev-Pods so wieder starten, wie sie waren</translation>
    </message>
    <message>
        <source>Read and follow the selected dev pod's log</source>
        <translation>Das Protokoll des ausgewählten Dev-Pods lesen und verfolgen</translation>
    </message>
    <message>
        <source>Suspend the selected Ray clusters, remembering their worker groups</source>
        <translation>Die ausgewählten Ray-Cluster anhalten und ihre Worker-Gruppen merken</translation>
    </message>
    <message>
        <source>Give the selected Ray clusters back their head and worker groups</source>
        <translation>Den ausgewählten Ray-Clustern ihren Head-Knoten und ihre Worker-Gruppen zurückgeben</translation>
    </message>
</context>
<context>
    <name>DeploymentFilterModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>History of %1, newest first</source>
        <translation>Verlauf von %1, neueste zuerst</translation>
    </message>
    <message>
        <source>History state</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Den Verlauf schließen</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No pauses or notes for this deployment yet.</source>
        <translation>Für dieses Deployment gibt es noch keine Pausen oder Notizen.</translation>
    </message>
    <message>
        <source>Newest first. New pauses, resumes and notes appear here as they are made, from any console or script on this store.</source>
        <translation>Neueste zuerst. Neue Pausen, Fortsetzungen und Notizen erscheinen hier, sobald sie entstehen, aus jeder Konsole und jedem Skript an diesem Speicher.</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>Resume gives back %1–%2 replicas</source>
        <translation>Fortsetzen gibt %1–%2 Replikate zurück</translation>
    </message>
    <message>
        <source>Resume gives back replicas: %1</source>
        <translation>Fortsetzen gibt Replikate zurück: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Resumed the pause of %1</source>
        <translation>Pause vom %1 fortgesetzt</translation>
    </message>
    <message>
        <source>The pause did not take effect; nothing was changed on the server</source>
        <translation>Die Pause wurde nicht wirksam; auf dem Server wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>Pausing (not confirmed)</source>
        <translation>Pausieren (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Pause abandoned</source>
        <translation>Pause aufgegeben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 von %2, %3: %4</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>DeploymentSettings</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The minimum number of replicas cannot be negative.</source>
        <translation>Die minimale Anzahl an Replikaten darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The maximum number of replicas cannot be negative.</source>
        <translation>Die maximale Anzahl an Replikaten darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Scale down after at least %1 seconds without traffic.</source>
        <translation>Frühestens nach %1 Sekunden ohne Traffic herunterskalieren.</translation>
    </message>
    <message>
        <source>The target GPU utilization must be between %1 % and %2 %.</source>
        <translation>Die Ziel-GPU-Auslastung muss zwischen %1 % und %2 % liegen.</translation>
    </message>
    <message>
        <source>The target requests per minute must be more than 0.</source>
        <translation>Die Ziel-Anfragen pro Minute müssen größer als 0 sein.</translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation>Ein Container-Image eingeben.</translation>
    </message>
    <message>
        <source>The container image cannot contain spaces.</source>
        <translation>Das Container-Image darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The resource shape "%1" is not offered by this workspace.</source>
        <translation>Die Ressourcenform „%1“ wird von diesem Workspace nicht angeboten.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Fixed replicas (autoscaling off)</source>
        <translation>Feste Replikatzahl (Autoscaling aus)</translation>
    </message>
    <message>
        <source>Scale down when idle</source>
        <translation>Bei Leerlauf herunterskalieren</translation>
    </message>
    <message>
        <source>Target GPU utilization</source>
        <translation>Ziel-GPU-Auslastung</translation>
    </message>
    <message>
        <source>Target requests per minute</source>
        <translation>Ziel-Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Scale down after %1 s without traffic</source>
        <translation>Nach %1 s ohne Traffic herunterskalieren</translation>
    </message>
    <message>
        <source>Target GPU utilization %1 %</source>
        <translation>Ziel-GPU-Auslastung %1 %</translation>
    </message>
    <message>
        <source>Target %1 requests per minute</source>
        <translation>Ziel: %1 Anfragen pro Minute</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2): lower the minimum or raise the maximum.</source>
        <translation>Das Minimum (%1) liegt über dem Maximum (%2): Senken Sie das Minimum oder erhöhen Sie das Maximum.</translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skaliert</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Wird migriert</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Current replicas, and the minimum–maximum the deployment may scale between</source>
        <translation>Aktuelle Replikate und das Minimum–Maximum, zwischen denen das Deployment skalieren darf</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ Notiz</translation>
    </message>
    <message>
        <source>⏰ review due</source>
        <translation>⏰ Prüfung fällig</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>pausiert %1</translation>
    </message>
    <message>
        <source>Cost/hour</source>
        <translation>Kosten/Stunde</translation>
    </message>
    <message>
        <source>Min replicas × the price of the shape per hour; a range up to max replicas with autoscaling</source>
        <translation>Min. Replikate × Preis der Ausstattung pro Stunde; bei automatischer Skalierung ein Bereich bis zu den max. Replikaten</translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message>
        <source>Filter deployments</source>
        <translation>Deployments filtern</translation>
    </message>
    <message>
        <source>Filter by name, image, shape or state (Ctrl+F)</source>
        <translation>Nach Name, Image, Ressourcenform oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Deployment columns</source>
        <translation>Deployment-Spalten</translation>
    </message>
    <message>
        <source>Deployment rows</source>
        <translation>Deployment-Zeilen</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>Show: %1 (%2)</source>
        <translation>Zeigen: %1 (%2)</translation>
    </message>
    <message>
        <source>Refreshing failed; showing the last data received. %1</source>
        <translation>Aktualisieren fehlgeschlagen; die zuletzt empfangenen Daten werden gezeigt. %1</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Mit keinem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Could not load the deployments.
%1</source>
        <translation>Die Deployments konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>Loading deployments…</source>
        <translation>Deployments werden geladen…</translation>
    </message>
    <message>
        <source>This workspace has no deployments yet.
Create one with the Lepton dashboard or `lep endpoint create`, and it appears here.</source>
        <translation>Dieser Workspace hat noch keine Deployments.
Legen Sie eines im Lepton-Dashboard oder mit `lep endpoint create` an, dann erscheint es hier.</translation>
    </message>
    <message>
        <source>No deployment matches “%1”.
Press Escape in the filter box to clear it.</source>
        <translation>Kein Deployment passt zu „%1“.
Escape im Filterfeld leert es.</translation>
    </message>
    <message>
        <source>No deployment is in “%1”.
Alt+1 shows all %2.</source>
        <translation>Kein Deployment ist in „%1“.
Alt+1 zeigt alle %2.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation>Deployment-Details</translation>
    </message>
    <message>
        <source>Select a deployment</source>
        <translation>Deployment auswählen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit deployment</source>
        <translation>Deployment bearbeiten</translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and other settings</source>
        <translation>Replikate, Autoscaling und andere Einstellungen ändern</translation>
    </message>
    <message>
        <source>Restar&amp;t</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>Restart deployment</source>
        <translation>Deployment neu starten</translation>
    </message>
    <message>
        <source>Restart every replica of this deployment</source>
        <translation>Alle Replikate dieses Deployments neu starten</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload details</source>
        <translation>Details neu laden</translation>
    </message>
    <message>
        <source>Fetch replicas, readiness and events again</source>
        <translation>Replikate, Bereitschaft und Ereignisse erneut abrufen</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>No endpoint yet</source>
        <translation>Noch kein Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy endpoint URL</source>
        <translation>Endpunkt-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the endpoint URL to the clipboard</source>
        <translation>Die URL des Endpunkts in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <source>Open endpoint in browser</source>
        <translation>Endpunkt im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the endpoint URL in the web browser</source>
        <translation>Die URL des Endpunkts im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Ressourcenform:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <source>Autoscaling:</source>
        <translation>Autoscaling:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON-Rohdaten</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>JSON-Rohdaten anzeigen</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>JSON-Rohdaten ausblenden</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Bring back the replicas this deployment had before it was paused</source>
        <translation>Diesem Deployment die Replikate zurückgeben, die es vor dem Pausieren hatte</translation>
    </message>
    <message>
        <source>Scale this deployment to zero replicas, remembering how to resume it</source>
        <translation>Dieses Deployment auf null Replikate skalieren und sich merken, wie es fortgesetzt wird</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 wanted now</source>
        <translation>aktuell %1 gewünscht</translation>
    </message>
    <message>
        <source>%1 (%2 wanted now)</source>
        <translation>%1 (aktuell %2 gewünscht)</translation>
    </message>
    <message>
        <source>scales to keep GPU utilization near %1%</source>
        <translation>skaliert, um die GPU-Auslastung bei etwa %1 % zu halten</translation>
    </message>
    <message>
        <source>scales to keep %1 requests per minute per replica</source>
        <translation>skaliert, um %1 Anfragen pro Minute je Replikat zu halten</translation>
    </message>
    <message>
        <source>scales to zero after %1 without traffic</source>
        <translation>skaliert nach %1 ohne Traffic auf null</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Internal endpoint</source>
        <translation>Interner Endpunkt</translation>
    </message>
    <message>
        <source>Error: could not load %1. %2</source>
        <translation>Fehler: %1 konnten nicht geladen werden. %2</translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Mit keinem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>No replicas are running.</source>
        <translation>Es laufen keine Replikate.</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>Knoten-ID: %1</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>Bereitschaftsdaten</translation>
    </message>
    <message numerus="yes">
        <source>All %n replica(s) ready.</source>
        <translation>
            <numerusform>%n Replikat ist bereit.</numerusform>
            <numerusform>Alle %n Replikate sind bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No readiness issues reported.</source>
        <translation>Keine Bereitschaftsprobleme gemeldet.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No recent events.</source>
        <translation>Keine aktuellen Ereignisse.</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 – Spalten</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Statusdetails</translation>
    </message>
    <message>
        <source>Fixed replicas (autoscaling off)</source>
        <translation>Feste Replikatzahl (Autoscaling aus)</translation>
    </message>
    <message>
        <source>Console pause</source>
        <translation>Pause der Konsole</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation>Dev-Pod</translation>
    </message>
    <message>
        <source>Ray cluster</source>
        <translation>Ray-Cluster</translation>
    </message>
    <message>
        <source>Bring back what the console's pause saved</source>
        <translation>Zurückbringen, was die Pause der Konsole gespeichert hat</translation>
    </message>
    <message>
        <source>Stop this dev pod; Resume brings it back as it was</source>
        <translation>Diesen Dev-Pod stoppen; Fortsetzen bringt ihn so zurück, wie er war</translation>
    </message>
    <message>
        <source>Suspend this Ray cluster; Resume brings its workers back</source>
        <translation>Diesen Ray-Cluster suspendieren; Fortsetzen bringt seine Worker zurück</translation>
    </message>
    <message>
        <source>No worker groups</source>
        <translation>Keine Worker-Gruppen</translation>
    </message>
    <message>
        <source>Stopped (0)</source>
        <translation>Gestoppt (0)</translation>
    </message>
    <message>
        <source>Running (1)</source>
        <translation>Laufend (1)</translation>
    </message>
    <message>
        <source>Pages about the resource</source>
        <translation>Seiten zur Ressource</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>DevPodTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cost/hour</source>
        <translation>Kosten/Stunde</translation>
    </message>
</context>
<context>
    <name>EditDeploymentDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit deployment %1</source>
        <translation>Deployment %1 bearbeiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the server's values</source>
        <translation>Die Werte des Servers neu laden</translation>
    </message>
    <message>
        <source>Shows the values the server has now; your edits are dropped.</source>
        <translation>Zeigt die Werte, die der Server jetzt hat; Ihre Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation>T&amp;rotzdem übernehmen</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Sends only your changes, on top of the server's new values.</source>
        <translation>Sendet nur Ihre Änderungen, aufbauend auf den neuen Werten des Servers.</translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation>Minimale Replikate</translation>
    </message>
    <message>
        <source>&amp;Minimum replicas:</source>
        <translation>&amp;Minimale Replikate:</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>Maximale Replikate</translation>
    </message>
    <message>
        <source>Cannot be less than the minimum.</source>
        <translation>Darf nicht kleiner als das Minimum sein.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation>Ma&amp;ximale Replikate:</translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Resource s&amp;hape:</source>
        <translation>Ressourcenf&amp;orm:</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation>Container-&amp;Image:</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Auto&amp;scaling:</source>
        <translation>Auto&amp;scaling:</translation>
    </message>
    <message>
        <source>Autoscaling is off.</source>
        <translation>Autoscaling ist aus.</translation>
    </message>
    <message>
        <source>Scale down after seconds without traffic</source>
        <translation>Herunterskalieren nach Sekunden ohne Traffic</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle &amp;timeout:</source>
        <translation>Leerlauf-&amp;Timeout:</translation>
    </message>
    <message>
        <source>Target GPU utilization percent</source>
        <translation>Ziel-GPU-Auslastung in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target &amp;GPU utilization:</source>
        <translation>Ziel-&amp;GPU-Auslastung:</translation>
    </message>
    <message>
        <source>Target requests per minute</source>
        <translation>Ziel-Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Target re&amp;quests per minute:</source>
        <translation>Ziel-&amp;Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Paused: replica changes change what Resume brings back.</source>
        <translation>Pausiert: Änderungen an den Replikaten ändern, was Fortsetzen wiederherstellt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending &amp;changes:</source>
        <translation>Ausstehende Än&amp;derungen:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Pause &amp;while applying</source>
        <translation>&amp;Während des Übernehmens pausieren</translation>
    </message>
    <message>
        <source>Pause while applying</source>
        <translation>Während des Übernehmens pausieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not offered by this workspace)</source>
        <translation>%1 (von diesem Workspace nicht angeboten)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume deployment</source>
        <translation>Deployment fortsetzen</translation>
    </message>
    <message>
        <source>Pause deployment</source>
        <translation>Deployment pausieren</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (kept for Resume)</source>
        <translation>%1 (für Fortsetzen gemerkt)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the workspace.</source>
        <translation>Nicht mit dem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Checking for changes made on the server…</source>
        <translation>Änderungen auf dem Server werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing to change: the server already has these values.</source>
        <translation>Nichts zu ändern: Der Server hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>Checking the change with the server…</source>
        <translation>Die Änderung wird mit dem Server abgeglichen…</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Die Änderung wird übernommen…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Changed on the server by %1 at %2 since you opened this.</source>
        <translation>Seit dem Öffnen wurde dies auf dem Server von %1 geändert (%2).</translation>
    </message>
    <message>
        <source>Their changes: %1</source>
        <translation>Änderungen auf dem Server: %1</translation>
    </message>
    <message>
        <source>Reload shows the server's values and drops your edits; Apply anyway sends only your changes on top of theirs.</source>
        <translation>„Neu laden“ zeigt die Werte des Servers und verwirft Ihre Änderungen; „Trotzdem übernehmen“ sendet nur Ihre Änderungen, aufbauend auf denen des Servers.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the values the server has now.</source>
        <translation>Neu geladen: Das Formular zeigt die Werte, die der Server jetzt hat.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Clear the image</source>
        <translation>Image löschen</translation>
    </message>
    <message>
        <source>Saving what Resume will bring back…</source>
        <translation>Speichere, was Fortsetzen wiederherstellt …</translation>
    </message>
    <message>
        <source>First pauses the deployment (its replicas saved in the pause ledger), applies the change while nothing runs, then resumes it with the saved replicas: for a change that must not meet live traffic, such as a new image.</source>
        <translation>Pausiert das Deployment zuerst (seine Replikate werden im Pausen-Ledger gespeichert), wendet die Änderung an, während nichts läuft, und setzt es dann mit den gespeicherten Replikaten fort: für eine Änderung, die nicht auf Live-Verkehr treffen darf, etwa ein neues Image.</translation>
    </message>
    <message>
        <source>Autoscaling is off: always 1 replica.</source>
        <translation>Autoscaling ist aus: immer 1 Replikat.</translation>
    </message>
    <message>
        <source>Autoscaling is off: always %1 replicas.</source>
        <translation>Autoscaling ist aus: immer %1 Replikate.</translation>
    </message>
    <message>
        <source>Autoscaling is off, so the deployment runs %1 replicas, the minimum; the maximum of %2 is used only by an autoscaling mode. Set both to the same number, or choose an autoscaling mode.</source>
        <translation>Autoscaling ist aus, daher läuft das Deployment mit %1 Replikaten, dem Minimum; das Maximum von %2 gilt nur in einem Autoscaling-Modus. Setzen Sie beide auf dieselbe Zahl oder wählen Sie einen Autoscaling-Modus.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Saved for Resume: %1</source>
        <translation>Für Fortsetzen gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; set the workspace id too, or unset the other LEPTON_WORKSPACE_* variables.</source>
        <translation>%1 ist gesetzt, %2 aber nicht; setzen Sie auch die Workspace-ID oder entfernen Sie die anderen LEPTON_WORKSPACE_*-Variablen.</translation>
    </message>
    <message>
        <source>%1 does not start with a workspace id: it may contain only letters, digits, '-', '_' and '.'.</source>
        <translation>%1 beginnt nicht mit einer Workspace-ID: Sie darf nur Buchstaben, Ziffern, '-', '_' und '.' enthalten.</translation>
    </message>
    <message>
        <source>The token in %1 contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation>Das Token in %1 enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die ein Lepton-Token nicht enthalten kann.</translation>
    </message>
    <message>
        <source>%1 contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation>%1 enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die ein Lepton-Token nicht enthalten kann.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Offline:</source>
        <translation>Offline:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>ExportLedgerCommand</name>
    <message>
        <source>Write the workspace's open pauses to a JSON file ("-": standard output).</source>
        <translation>Die offenen Pausen des Workspaces in eine JSON-Datei schreiben ("-": Standardausgabe).</translation>
    </message>
    <message>
        <source>Where to write, "-" for standard output.</source>
        <translation>Wohin geschrieben wird, "-" für die Standardausgabe.</translation>
    </message>
    <message>
        <source>export-ledger takes exactly one file name.</source>
        <translation>export-ledger erwartet genau einen Dateinamen.</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n open pause(s) of workspace %1 to %2.</source>
        <translation>
            <numerusform>%n offene Pause des Workspaces %1 nach %2 exportiert.</numerusform>
            <numerusform>%n offene Pausen des Workspaces %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>saved its running state</source>
        <translation>hat seinen laufenden Zustand gespeichert</translation>
    </message>
    <message>
        <source>saved %1 replicas</source>
        <translation>hat %1 Replikate gespeichert</translation>
    </message>
    <message>
        <source> (not confirmed yet)</source>
        <translation> (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>Show the pauses (paused, resumed, abandoned) and notes of a deployment or the workspace, newest first, with who, where and when.</source>
        <translation>Die Pausen (pausiert, fortgesetzt, aufgegeben) und Notizen eines Deployments oder des Workspaces zeigen, neueste zuerst, mit wer, wo und wann.</translation>
    </message>
    <message>
        <source>Only what happened at or after &lt;date&gt; (YYYY-MM-DD, local time, or an ISO 8601 date and time).</source>
        <translation>Nur, was am oder nach &lt;date&gt; geschah (YYYY-MM-DD, Ortszeit, oder ein Datum mit Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its keys).</source>
        <translation>JSON ausgeben (zu den Schlüsseln siehe README).</translation>
    </message>
    <message>
        <source>The deployment (optional; without it, the whole workspace). KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Das Deployment (optional; ohne Angabe der ganze Workspace). ART ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>history takes at most one deployment.</source>
        <translation>history erwartet höchstens ein Deployment.</translation>
    </message>
    <message>
        <source>--since %1 is not a date (YYYY-MM-DD) or an ISO 8601 date and time.</source>
        <translation>--since %1 ist weder ein Datum (YYYY-MM-DD) noch ein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No history for %1 in workspace %2.</source>
        <translation>Kein Verlauf für %1 in Workspace %2.</translation>
    </message>
    <message>
        <source>No history in workspace %1.</source>
        <translation>Kein Verlauf in Workspace %1.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
</context>
<context>
    <name>HoldCommand</name>
    <message>
        <source>Keep a resource as it is until a time: schedules skip it (release ends it sooner).</source>
        <translation>Eine Ressource bis zu einem Zeitpunkt unverändert lassen: Zeitpläne überspringen sie (Freigeben beendet dies früher).</translation>
    </message>
    <message>
        <source>Until when: ISO 8601 (2026-12-24T18:00:00+01:00) or HH:MM today.</source>
        <translation>Bis wann: ISO 8601 (2026-12-24T18:00:00+01:00) oder HH:MM heute.</translation>
    </message>
    <message>
        <source>Why, for whoever finds it held.</source>
        <translation>Warum, für alle, die sie gesperrt vorfinden.</translation>
    </message>
    <message>
        <source>The resource. KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Die Ressource. KIND ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>Usage: hold KIND/NAME --until TIME --reason TEXT</source>
        <translation>Aufruf: hold KIND/NAME --until TIME --reason TEXT</translation>
    </message>
    <message>
        <source>hold needs --until TIME (ISO 8601, or HH:MM today).</source>
        <translation>hold benötigt --until TIME (ISO 8601 oder HH:MM heute).</translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation>--until: %1</translation>
    </message>
    <message>
        <source>--until %1 has already passed.</source>
        <translation>--until %1 ist bereits vorbei.</translation>
    </message>
    <message>
        <source>hold needs --reason TEXT, so whoever finds it held knows why.</source>
        <translation>hold benötigt --reason TEXT, damit alle, die sie gesperrt vorfinden, den Grund kennen.</translation>
    </message>
    <message>
        <source>This store keeps no holds.</source>
        <translation>Dieser Speicher verwaltet keine Sperren.</translation>
    </message>
    <message>
        <source>The hold could not be saved: %1</source>
        <translation>Die Sperre konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is held until %2: schedules leave it as it is.</source>
        <translation>%1 ist bis %2 gesperrt: Zeitpläne lassen es unverändert.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>Sperren bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>debugging the tokenizer</source>
        <translation>Tokenizer debuggen</translation>
    </message>
    <message>
        <source>Schedules leave %1 as it is until then, and say so.</source>
        <translation>Zeitpläne lassen %1 bis dahin unverändert und weisen darauf hin.</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The hold must end in the future.</source>
        <translation>Die Sperre muss in der Zukunft enden.</translation>
    </message>
</context>
<context>
    <name>ImportLedgerCommand</name>
    <message>
        <source>Add the open pauses of a file written by export-ledger to the local ledger.</source>
        <translation>Die offenen Pausen einer von export-ledger geschriebenen Datei zum lokalen Pausenregister hinzufügen.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Die Anzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>A file written by export-ledger, "-" for standard input.</source>
        <translation>Eine von export-ledger geschriebene Datei, "-" für die Standardeingabe.</translation>
    </message>
    <message>
        <source>import-ledger takes exactly one file name.</source>
        <translation>import-ledger erwartet genau einen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already paused here), invalid %3.</source>
        <translation>Importiert: %1, übersprungen: %2 (hier bereits pausiert), ungültig: %3.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, far more than any ledger file, so it was not read to its end</source>
        <translation>sie ist größer als %1 MB, weit mehr als jede Registerdatei, daher wurde sie nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is a folder, not a file written by export-ledger.</source>
        <translation>Nichts importiert: %1 ist ein Ordner, keine von export-ledger geschriebene Datei.</translation>
    </message>
</context>
<context>
    <name>ImportWorkspacesDialog</name>
    <message>
        <source>Import Workspaces from the lep CLI</source>
        <translation>Workspaces aus der lep-CLI importieren</translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation>Gefundene Workspaces</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Workspaces found:</source>
        <translation>Gefundene &amp;Workspaces:</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the chosen workspaces</source>
        <translation>Die ausgewählten Workspaces importieren</translation>
    </message>
    <message>
        <source>Use for This Session O&amp;nly</source>
        <translation>&amp;Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use the tokens for this session only</source>
        <translation>Die Tokens nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 lists no workspaces. Log in with `lep login` first, or connect to a workspace here.</source>
        <translation>%1 enthält keine Workspaces. Melden Sie sich zuerst mit `lep login` an oder verbinden Sie sich hier mit einem Workspace.</translation>
    </message>
    <message>
        <source>The lep CLI keeps these workspaces, tokens in plain text, in %1. The chosen tokens are copied into the system keychain; the CLI's file is left as it is (`lep logout` removes a token from it).</source>
        <translation>Die lep-CLI speichert diese Workspaces samt Tokens im Klartext in %1. Die ausgewählten Tokens werden in den System-Schlüsselbund kopiert; die Datei der CLI bleibt unverändert (`lep logout` entfernt ein Token daraus).</translation>
    </message>
    <message>
        <source>%1 (current in lep)</source>
        <translation>%1 (aktuell in lep)</translation>
    </message>
    <message>
        <source>Lepton cloud</source>
        <translation>Lepton-Cloud</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>already saved here, will be replaced</source>
        <translation>hier bereits gespeichert, wird ersetzt</translation>
    </message>
    <message>
        <source>%1, token %2</source>
        <translation>%1, Token %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Copying the tokens into the system keychain…</source>
        <translation>Die Tokens werden in den System-Schlüsselbund kopiert…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>The tokens of %1 were not stored. You can use them for this session only: they stay in memory until the console quits.</source>
        <translation>Die Tokens von %1 wurden nicht gespeichert. Sie können sie nur für diese Sitzung verwenden: Sie bleiben im Arbeitsspeicher, bis die Konsole beendet wird.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>The console asks for the token when the workspace is opened</source>
        <translation>Die Konsole fragt nach dem Token, wenn der Workspace geöffnet wird</translation>
    </message>
</context>
<context>
    <name>KindTabs</name>
    <message>
        <source>Resource kinds</source>
        <translation>Ressourcenarten</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Dev Pods</source>
        <translation>Dev-Pods</translation>
    </message>
    <message>
        <source>Ray Clusters</source>
        <translation>Ray-Cluster</translation>
    </message>
</context>
<context>
    <name>LepCliImporter</name>
    <message>
        <source>No lep CLI login was found (%1 does not exist). Log in with `lep login` first, or add the workspace here.</source>
        <translation>Keine Anmeldung der lep-CLI gefunden (%1 existiert nicht). Melden Sie sich zuerst mit `lep login` an oder fügen Sie den Workspace hier hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to be a lep CLI workspace file.</source>
        <translation>%1 ist zu groß für eine Workspace-Datei der lep-CLI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The lep CLI workspace file</source>
        <translation>Die Workspace-Datei der lep-CLI</translation>
    </message>
    <message>
        <source>%1 is not a lep CLI workspace file the console can read: %2</source>
        <translation>%1 ist keine Workspace-Datei der lep-CLI, die die Konsole lesen kann: %2</translation>
    </message>
    <message>
        <source>the top level is not a mapping.</source>
        <translation>die oberste Ebene ist kein Mapping.</translation>
    </message>
    <message>
        <source>"workspaces" is not a mapping.</source>
        <translation>„workspaces“ ist kein Mapping.</translation>
    </message>
    <message>
        <source>"current_workspace" is not a string.</source>
        <translation>„current_workspace“ ist kein String.</translation>
    </message>
    <message>
        <source>Skipped an entry whose key is not a workspace id.</source>
        <translation>Ein Eintrag, dessen Schlüssel keine Workspace-ID ist, wurde übersprungen.</translation>
    </message>
    <message>
        <source>Skipped workspace "%1": its entry is not a mapping.</source>
        <translation>Workspace „%1“ übersprungen: Sein Eintrag ist kein Mapping.</translation>
    </message>
    <message>
        <source>Skipped workspace "%1": a field has the wrong type.</source>
        <translation>Workspace „%1“ übersprungen: Ein Feld hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Skipped workspace "%1": "%2" is not a workspace id.</source>
        <translation>Workspace „%1“ übersprungen: „%2“ ist keine Workspace-ID.</translation>
    </message>
    <message>
        <source>Skipped workspace "%1": %2</source>
        <translation>Workspace „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>The token of workspace "%1" contains characters a Lepton token cannot have; it was not imported.</source>
        <translation>Das Token des Workspaces „%1“ enthält Zeichen, die ein Lepton-Token nicht enthalten kann; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>it is not valid YAML.</source>
        <translation>es ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>it is not valid YAML (line %1, column %2).</source>
        <translation>es ist kein gültiges YAML (Zeile %1, Spalte %2).</translation>
    </message>
    <message>
        <source>it could not be parsed.</source>
        <translation>es konnte nicht geparst werden.</translation>
    </message>
</context>
<context>
    <name>LeptonClient</name>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the workspace description is not a JSON object</source>
        <translation>die Workspace-Beschreibung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the deployment is not a JSON object</source>
        <translation>das Deployment ist kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n entries of the deployment list is a deployment</source>
        <translation>
            <numerusform>der %n Eintrag der Deployment-Liste ist kein Deployment</numerusform>
            <numerusform>keiner der %n Einträge der Deployment-Liste ist ein Deployment</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deployment could not be read: %1</source>
        <translation>1 Deployment konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 deployments could not be read: %2</source>
        <translation>%1 Deployments konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the endpoint is not a JSON object; nothing was sent</source>
        <translation>der Endpoint ist kein JSON-Objekt; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the deployments with their state, replicas, shape, and pause details.</source>
        <translation>Die Deployments mit Status, Replikaten, Ressourcenform und Pausendetails auflisten.</translation>
    </message>
    <message>
        <source>Only deployments in state &lt;state&gt;, as the STATE column shows it (e.g. Paused, Ready, Stopped, "Not Ready"; case and spaces do not matter).</source>
        <translation>Nur Deployments im Status &lt;state&gt;, wie ihn die Spalte STATUS zeigt (z. B. Pausiert, Bereit, Gestoppt, "Nicht bereit"; Groß-/Kleinschreibung und Leerzeichen spielen keine Rolle).</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation>JSON ausgeben (zum Format siehe README).</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>--state needs a state name.</source>
        <translation>--state braucht einen Statusnamen.</translation>
    </message>
    <message>
        <source>Could not list the deployments: %1</source>
        <translation>Die Deployments konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No deployments in workspace %1.</source>
        <translation>Keine Deployments im Workspace %1.</translation>
    </message>
    <message>
        <source>No deployments in state %1.</source>
        <translation>Keine Deployments im Status %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REPLICAS</source>
        <translation>REPLIKATE</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>RESSOURCENFORM</translation>
    </message>
    <message>
        <source>PAUSED BY</source>
        <translation>PAUSIERT VON</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>LATEST NOTE</source>
        <translation>LETZTE NOTIZ</translation>
    </message>
    <message>
        <source>There is no state "%1". The states are: %2.%3</source>
        <translation>Einen Zustand „%1“ gibt es nicht. Die Zustände sind: %2.%3</translation>
    </message>
    <message>
        <source>What to list: endpoint (the default), pod, raycluster, or all.</source>
        <translation>Was aufgelistet wird: endpoint (Standard), pod, raycluster oder all.</translation>
    </message>
    <message>
        <source>--kind takes one of %1, or all; not "%2".%3</source>
        <translation>--kind nimmt eines von %1 oder all; nicht „%2“.%3</translation>
    </message>
    <message>
        <source>This workspace does not list %1 resources (%2); listed the other kinds.</source>
        <translation>Dieser Workspace listet keine %1-Ressourcen (%2); die anderen Arten wurden aufgelistet.</translation>
    </message>
    <message>
        <source>Could not list the %1 resources: %2</source>
        <translation>Die %1-Ressourcen konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Nothing to list in workspace %1.</source>
        <translation>Nichts aufzulisten in Workspace %1.</translation>
    </message>
    <message>
        <source>Nothing in state %1.</source>
        <translation>Nichts im Zustand %1.</translation>
    </message>
    <message>
        <source>No dev pods in workspace %1.</source>
        <translation>Keine Dev-Pods in Workspace %1.</translation>
    </message>
    <message>
        <source>No dev pods in state %1.</source>
        <translation>Keine Dev-Pods im Zustand %1.</translation>
    </message>
    <message>
        <source>No Ray clusters in workspace %1.</source>
        <translation>Keine Ray-Cluster in Workspace %1.</translation>
    </message>
    <message>
        <source>No Ray clusters in state %1.</source>
        <translation>Keine Ray-Cluster im Zustand %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite); notes and paused deployments cannot be saved.</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Paket libqt6sql6-sqlite); Notizen und pausierte Deployments können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No location was given for the local database.</source>
        <translation>Für die lokale Datenbank wurde kein Speicherort angegeben.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the local database.</source>
        <translation>Der Ordner %1 für die lokale Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Lepton Console could not read its local database %1: %2 The file was kept aside as %3 and a new, empty database was started; the notes and paused deployments saved before are in the kept file.</source>
        <translation>Lepton Console konnte die lokale Datenbank %1 nicht lesen: %2 Die Datei wurde als %3 beiseitegelegt und eine neue, leere Datenbank angelegt; die zuvor gespeicherten Notizen und pausierten Deployments befinden sich in der beiseitegelegten Datei.</translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation>beim Öffnen der Datei</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>beim Einrichten</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <source>Could not open the local database %1 (reading it): %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht geöffnet werden (beim Lesen): %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program; it was left untouched.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank eines anderen Programms; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local database %1 was written by a newer Lepton Console (schema version %2, this one knows up to %3); update Lepton Console. The file was left untouched.</source>
        <translation>Die lokale Datenbank %1 wurde von einer neueren Version von Lepton Console geschrieben (Schemaversion %2, diese Version kennt bis %3); aktualisieren Sie Lepton Console. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>checking it</source>
        <translation>beim Prüfen</translation>
    </message>
    <message>
        <source>The file failed SQLite's integrity check (%1).</source>
        <translation>Die Datei hat die Integritätsprüfung von SQLite nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>Could not open the local database %1: %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 has no Lepton Console schema version; it was left untouched.</source>
        <translation>Die Datei %1 hat keine Schemaversion von Lepton Console; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local database was upgraded by a newer Lepton Console meanwhile.</source>
        <translation>Die lokale Datenbank wurde inzwischen von einer neueren Version von Lepton Console aktualisiert.</translation>
    </message>
    <message>
        <source>Could not prepare the local database %1: %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and could not be moved aside; it was left as it is. Move it away by hand and start again.</source>
        <translation>Die lokale Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden; sie wurde belassen, wie sie ist. Verschieben Sie sie von Hand und starten Sie neu.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and its file %2 could not be moved aside; everything was left as it is.</source>
        <translation>Die lokale Datenbank %1 ist beschädigt, und ihre Datei %2 konnte nicht beiseitegelegt werden; alles wurde belassen, wie es ist.</translation>
    </message>
    <message>
        <source>Could not open the local database %1 (%2): %3</source>
        <translation>Die lokale Datenbank %1 konnte nicht geöffnet werden (%2): %3</translation>
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation>Die lokale Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The local database is locked by another program (another Lepton Console or the command line); try again in a moment</source>
        <translation>Die lokale Datenbank ist von einem anderen Programm gesperrt (einer anderen Lepton Console oder der Kommandozeile); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The disk holding the local database is full; free some space and try again</source>
        <translation>Der Datenträger mit der lokalen Datenbank ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The local database cannot be written: the file or its folder is read-only</source>
        <translation>Die lokale Datenbank kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the local database</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben der lokalen Datenbank einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The local database file cannot be opened; check the folder and its permissions</source>
        <translation>Die Datei der lokalen Datenbank kann nicht geöffnet werden; prüfen Sie den Ordner und seine Berechtigungen</translation>
    </message>
    <message>
        <source>The file is damaged or is not a database</source>
        <translation>Die Datei ist beschädigt oder keine Datenbank</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Unbekannter Datenbankfehler.</translation>
    </message>
    <message>
        <source>The local database %1 is read-only here (the file or its folder cannot be written), so nothing was changed.</source>
        <translation>Die lokale Datenbank %1 ist hier schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be written (the file or its folder is read-only), so it cannot be set up for this version of Lepton Console. Make it writable and try again.</source>
        <translation>Die lokale Datenbank %1 kann nicht beschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt), daher kann sie nicht für diese Version von Lepton Console eingerichtet werden. Machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LogBufferModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>LogHistory</name>
    <message>
        <source>the log history is not JSON: %1</source>
        <translation>der Log-Verlauf ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the log history has no data.result list</source>
        <translation>der Log-Verlauf hat keine data.result-Liste</translation>
    </message>
</context>
<context>
    <name>LogRoutes</name>
    <message>
        <source>The Lepton API has no log route for Ray clusters.</source>
        <translation>Die Lepton-API hat keine Log-Route für Ray-Cluster.</translation>
    </message>
    <message>
        <source>This workspace's dev pod API has no log route; the web portal shows dev pod logs.</source>
        <translation>Die Dev-Pod-API dieses Arbeitsbereichs hat keine Log-Route; das Webportal zeigt Dev-Pod-Logs an.</translation>
    </message>
</context>
<context>
    <name>LogStreamReader</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Following the live log.</source>
        <translation>Live-Log wird verfolgt.</translation>
    </message>
    <message>
        <source>the server ended the stream</source>
        <translation>der Server hat den Stream beendet</translation>
    </message>
    <message>
        <source>The server ended the log stream.</source>
        <translation>Der Server hat den Log-Stream beendet.</translation>
    </message>
    <message>
        <source>the connection broke off (%1)</source>
        <translation>die Verbindung ist abgebrochen (%1)</translation>
    </message>
    <message>
        <source>no answer after %1 s</source>
        <translation>keine Antwort nach %1 s</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>Neue Verbindung in %1 s: %2</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>&amp;Debug logging</source>
        <translation>&amp;Debug-Protokoll</translation>
    </message>
    <message>
        <source>Lepton Console Log</source>
        <translation>Protokoll von Lepton Console</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Recent messages of Lepton Console, newest last; tokens are never shown</source>
        <translation>Die letzten Meldungen von Lepton Console, die neueste zuletzt; Tokens werden nie gezeigt</translation>
    </message>
    <message>
        <source>Also log the details of every request and change (lepton.* debug messages)</source>
        <translation>Auch die Details jeder Anfrage und Änderung protokollieren (Debug-Meldungen von lepton.*)</translation>
    </message>
    <message>
        <source>Debug logging</source>
        <translation>Debug-Protokoll</translation>
    </message>
    <message>
        <source>Log capture is off in this process.</source>
        <translation>Die Protokollerfassung ist in diesem Prozess aus.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Das Protokoll kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Das Protokoll in einer Datei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Print a replica's log; --follow streams it live.</source>
        <translation>Das Log eines Replikats ausgeben; --follow streamt es live.</translation>
    </message>
    <message>
        <source>The replica to read (default: the first).</source>
        <translation>Das zu lesende Replikat (Standard: das erste).</translation>
    </message>
    <message>
        <source>Stream the log live until the server ends it or Ctrl+C.</source>
        <translation>Das Log live streamen, bis der Server es beendet oder Strg+C gedrückt wird.</translation>
    </message>
    <message>
        <source>How far back the history goes: 90s, 10m, 2h, 1d (default 1h).</source>
        <translation>Wie weit der Verlauf zurückreicht: 90s, 10m, 2h, 1d (Standard 1h).</translation>
    </message>
    <message>
        <source>The newest N lines of the history (default 100).</source>
        <translation>Die neuesten N Zeilen des Verlaufs (Standard 100).</translation>
    </message>
    <message>
        <source>The deployment; KIND is endpoint (the default) or pod.</source>
        <translation>Die Bereitstellung; KIND ist endpoint (Standard) oder pod.</translation>
    </message>
    <message>
        <source>logs takes exactly one deployment name.</source>
        <translation>logs erwartet genau einen Bereitstellungsnamen.</translation>
    </message>
    <message>
        <source>--since takes a duration such as 90s, 10m, 2h or 1d, not "%1".</source>
        <translation>--since erwartet eine Dauer wie 90s, 10m, 2h oder 1d, nicht „%1“.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no %1 %2: %2 is a %3.</source>
        <translation>Es gibt kein %1 %2: %2 ist ein %3.</translation>
    </message>
    <message>
        <source>Could not read the replicas of %1: %2</source>
        <translation>Die Replikate von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no running replica, so it has no log to read.</source>
        <translation>%1 hat kein laufendes Replikat und daher kein Protokoll zum Lesen.</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Replica %1 (1 of %2; --replica ID for another)</source>
        <translation>Replikat %1 (1 von %2; --replica ID für ein anderes)</translation>
    </message>
    <message>
        <source>%1 has no replica %2; its replicas: %3.</source>
        <translation>%1 hat kein Replikat %2; seine Replikate: %3.</translation>
    </message>
    <message>
        <source>This workspace does not offer log history; reading the live log's recent lines.</source>
        <translation>Dieser Arbeitsbereich bietet keinen Protokollverlauf; die letzten Zeilen des Live-Protokolls werden gelesen.</translation>
    </message>
    <message>
        <source>Could not read the log history of %1: %2</source>
        <translation>Der Protokollverlauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The log of %1: %2</source>
        <translation>Das Protokoll von %1: %2</translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message>
        <source>Logs — %1</source>
        <translation>Protokolle — %1</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Protokolle von %1</translation>
    </message>
    <message>
        <source>&amp;Replica:</source>
        <translation>&amp;Replikat:</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Follow the replica's log live</source>
        <translation>Das Protokoll des Replikats live verfolgen</translation>
    </message>
    <message>
        <source>&amp;Pause Scrolling</source>
        <translation>Bildlauf &amp;pausieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Keep the view where it is while new lines arrive</source>
        <translation>Die Ansicht beibehalten, während neue Zeilen eintreffen</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Umbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Wrap long lines at the window's width</source>
        <translation>Lange Zeilen an der Fensterbreite umbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Lines kept</source>
        <translation>Behaltene Zeilen</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>The most lines the view holds; the oldest go first</source>
        <translation>Die maximale Zeilenanzahl der Ansicht; die ältesten werden zuerst entfernt</translation>
    </message>
    <message>
        <source>Search (Ctrl+F; Enter or F3 for the next hit)</source>
        <translation>Suchen (Ctrl+F; Eingabe oder F3 für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Das Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Verlaufszeitraum</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the history range</source>
        <translation>Den Verlaufszeitraum laden</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Reading the replicas of %1…</source>
        <translation>Replikate von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the replicas of %1: %2</source>
        <translation>Die Replikate von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no running replica, so there is no live log. Resume it to read its log.</source>
        <translation>%1 hat kein laufendes Replikat, daher gibt es kein Live-Protokoll. Setzen Sie es fort, um sein Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>This workspace does not offer log history; only the live log can be read.</source>
        <translation>Dieser Arbeitsbereich bietet keinen Protokollverlauf; nur das Live-Protokoll kann gelesen werden.</translation>
    </message>
    <message>
        <source>Log history unavailable: %1</source>
        <translation>Protokollverlauf nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not following. %Ln line(s) shown.</source>
        <translation>
            <numerusform>Keine Verfolgung. %Ln Zeile angezeigt.</numerusform>
            <numerusform>Keine Verfolgung. %Ln Zeilen angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %1 live: %Ln line(s) shown.</source>
        <translation>
            <numerusform>%1 wird live verfolgt: %Ln Zeile angezeigt.</numerusform>
            <numerusform>%1 wird live verfolgt: %Ln Zeilen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln line(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln line(s) to %1…</source>
        <translation>
            <numerusform>%Ln Zeile wird in %1 gespeichert…</numerusform>
            <numerusform>%Ln Zeilen werden in %1 gespeichert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gespeichert.</numerusform>
            <numerusform>%Ln Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Reading the history: %1…</source>
        <translation>Verlauf wird gelesen: %1…</translation>
    </message>
    <message>
        <source>This workspace does not offer log history.</source>
        <translation>Dieser Arbeitsbereich bietet keinen Protokollverlauf.</translation>
    </message>
    <message>
        <source>Could not read the log history: %1</source>
        <translation>Der Protokollverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No log lines in %1.</source>
        <translation>Keine Protokollzeilen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) from %1.</source>
        <translation>
            <numerusform>%Ln Zeile aus %1.</numerusform>
            <numerusform>%Ln Zeilen aus %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the deployments now</source>
        <translation>Die Deployments jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter the deployments</source>
        <translation>Die Deployments filtern</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected deployment</source>
        <translation>Die Details des ausgewählten Deployments zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>De&amp;ployment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lepton Console</source>
        <translation>&amp;Über Lepton Console</translation>
    </message>
    <message>
        <source>%1 — Lepton Console</source>
        <translation>%1 — Lepton Console</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deployment(s)</source>
        <translation>
            <numerusform>%1 von %n Deployment</numerusform>
            <numerusform>%1 von %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Vor %n s aktualisiert</numerusform>
            <numerusform>Vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(stale: the last refresh failed)</source>
        <translation>(veraltet: die letzte Aktualisierung ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Paused Services</source>
        <translation>Pausierte Dienste</translation>
    </message>
    <message>
        <source>Paused services</source>
        <translation>Pausierte Dienste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+?</source>
        <translation>Ctrl+?</translation>
    </message>
    <message>
        <source>Ctrl+Shift+/</source>
        <translation>Ctrl+Shift+/</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Workspace öffnen</translation>
    </message>
    <message>
        <source>Show the simulated workspace on this computer; your workspace stays in the Workspace list, one click away</source>
        <translation>Den simulierten Workspace auf diesem Computer zeigen; Ihr Workspace bleibt in der Workspace-Liste, einen Klick entfernt</translation>
    </message>
    <message>
        <source>&amp;Replace Token…</source>
        <translation>Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Give this workspace a new token; the table, notes and pauses stay</source>
        <translation>Diesem Workspace ein neues Token geben; Tabelle, Notizen und Pausen bleiben</translation>
    </message>
    <message>
        <source>Sa&amp;vings…</source>
        <translation>&amp;Einsparungen…</translation>
    </message>
    <message>
        <source>Savings — Lepton Console</source>
        <translation>Einsparungen — Lepton Console</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>Zeit&amp;pläne…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
</context>
<context>
    <name>NewApiTranslation</name>
    <message>
        <source>the endpoint as read from the server has no spec.components; nothing was sent</source>
        <translation>der vom Server gelesene Endpoint hat kein spec.components; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>component %1 of the endpoint is not an object; nothing was sent</source>
        <translation>Komponente %1 des Endpoints ist kein Objekt; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>component %1 of the endpoint has no name; nothing was sent</source>
        <translation>Komponente %1 des Endpoints hat keinen Namen; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the endpoint has two components named "%1"; nothing was sent</source>
        <translation>der Endpoint hat zwei Komponenten namens „%1“; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the endpoint has %1 components and none is marked as the frontend; nothing was sent</source>
        <translation>der Endpoint hat %1 Komponenten, und keine ist als Frontend markiert; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the endpoint has %1 components marked as the frontend; nothing was sent</source>
        <translation>der Endpoint hat %1 als Frontend markierte Komponenten; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the new endpoint API has no place for %1; nothing was sent</source>
        <translation>die neue Endpoint-API hat keinen Platz für %1; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Show the notes of a deployment, newest first, or add one.</source>
        <translation>Die Notizen eines Deployments anzeigen, die neueste zuerst, oder eine hinzufügen.</translation>
    </message>
    <message>
        <source>Add a note with &lt;text&gt;.</source>
        <translation>Eine Notiz mit &lt;text&gt; hinzufügen.</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation>JSON ausgeben (zum Format siehe README).</translation>
    </message>
    <message>
        <source>notes takes exactly one deployment name.</source>
        <translation>notes erwartet genau einen Deployment-Namen.</translation>
    </message>
    <message>
        <source>--add needs the text of the note.</source>
        <translation>--add braucht den Text der Notiz.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added a note to %1.</source>
        <translation>Notiz zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No notes on %1.</source>
        <translation>Keine Notizen zu %1.</translation>
    </message>
    <message>
        <source>  (pause reason)</source>
        <translation>  (Pausengrund)</translation>
    </message>
    <message>
        <source>  (edited %1)</source>
        <translation>  (bearbeitet am %1)</translation>
    </message>
    <message>
        <source>There is no deployment %1 in workspace %2; the note was not added.</source>
        <translation>Im Workspace %2 gibt es kein Deployment %1; die Notiz wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The name %1 was not checked with the server (%2); adding the note anyway.</source>
        <translation>Der Name %1 wurde nicht beim Server geprüft (%2); die Notiz wird trotzdem hinzugefügt.</translation>
    </message>
    <message>
        <source>The deployment; KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Das Deployment; ART ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in workspace %3; the note was not added.</source>
        <translation>Es gibt kein %1 %2 in Workspace %3; die Notiz wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Export Notes as &amp;Markdown…</source>
        <translation>Notizen als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export Notes as &amp;CSV…</source>
        <translation>Notizen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Notes from CSV…</source>
        <translation>Notizen aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport / Import</source>
        <translation>E&amp;xport / Import</translation>
    </message>
    <message>
        <source>Export or import the notes of the workspace</source>
        <translation>Die Notizen des Workspaces exportieren oder importieren</translation>
    </message>
    <message>
        <source>Export every note of the workspace to Markdown or CSV, or import a CSV export</source>
        <translation>Alle Notizen des Workspaces als Markdown oder CSV exportieren oder einen CSV-Export importieren</translation>
    </message>
    <message>
        <source>Export or import notes</source>
        <translation>Notizen exportieren oder importieren</translation>
    </message>
    <message>
        <source>Search all notes of the workspace</source>
        <translation>Alle Notizen des Workspaces durchsuchen</translation>
    </message>
    <message>
        <source>Text, author or deployment</source>
        <translation>Text, Autor oder Deployment</translation>
    </message>
    <message>
        <source>Searc&amp;h all notes:</source>
        <translation>Alle Notizen durc&amp;hsuchen:</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
    <message>
        <source>Note history, newest first</source>
        <translation>Notizverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Why is it paused? Who to ask? Links are clickable. Ctrl+Return saves.</source>
        <translation>Warum ist es pausiert? Wen kann man fragen? Links sind anklickbar. Ctrl+Return speichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Leave the note as it was (Esc)</source>
        <translation>Die Notiz unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>The notes of %1 could not be read: %2</source>
        <translation>Die Notizen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The note you were editing was deleted elsewhere; your text is kept as a new note.</source>
        <translation>Die Notiz, die Sie bearbeitet haben, wurde anderswo gelöscht; Ihr Text bleibt als neue Notiz erhalten.</translation>
    </message>
    <message>
        <source>pause reason</source>
        <translation>Pausengrund</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Note by %1, %2 (%3)</source>
        <translation>Notiz von %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>Pausengrund</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Written as the reason of a pause</source>
        <translation>Als Grund einer Pause geschrieben</translation>
    </message>
    <message>
        <source>Being edited below</source>
        <translation>Wird unten bearbeitet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the note by %1, %2</source>
        <translation>Die Notiz von %1, %2 bearbeiten</translation>
    </message>
    <message>
        <source>Load this note into the editor</source>
        <translation>Diese Notiz in den Editor laden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the note by %1, %2</source>
        <translation>Die Notiz von %1, %2 löschen</translation>
    </message>
    <message>
        <source>Delete this note (asks first)</source>
        <translation>Diese Notiz löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>&amp;Edit the note by %1, %2:</source>
        <translation>Notiz von %1, %2 &amp;bearbeiten:</translation>
    </message>
    <message>
        <source>Text of the note being edited</source>
        <translation>Text der bearbeiteten Notiz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Änderungen speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Neue Notiz:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>N&amp;otiz hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Notiz hinzufügen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a deployment to read and write its notes.</source>
        <translation>Ein Deployment auswählen, um seine Notizen zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <source>Connect to a workspace to read and write notes.</source>
        <translation>Mit einem Workspace verbinden, um Notizen zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>Die Notiz wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Save or cancel the note you are editing first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Notiz, die Sie gerade bearbeiten.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the note by %1, %2?</source>
        <translation>Die Notiz von %1, %2 löschen?</translation>
    </message>
    <message>
        <source>“%1”

This cannot be undone.</source>
        <translation>„%1“

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Die Notiz löschen</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Die Notiz behalten</translation>
    </message>
    <message>
        <source>The note was not deleted: %1</source>
        <translation>Die Notiz wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2, by %3</source>
        <translation>%1: %2, von %3</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Keine Notiz passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 notes found; the newest %2 are listed.</source>
        <translation>%1 Notizen gefunden; die neuesten %2 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n Notiz gefunden</numerusform>
            <numerusform>%n Notizen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Mit keinem Workspace verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes as CSV</source>
        <translation>Notizen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Notes as Markdown</source>
        <translation>Notizen als Markdown exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Import Notes from CSV</source>
        <translation>Notizen aus CSV importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Reading or writing notes</source>
        <translation>Notizen werden gelesen oder geschrieben</translation>
    </message>
    <message>
        <source>Click (or Enter) shows the deployment's notes</source>
        <translation>Klick (oder Eingabe) zeigt die Notizen des Deployments</translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation>Notizen werden gelesen…</translation>
    </message>
    <message>
        <source>A note cannot be emptied; delete it instead.</source>
        <translation>Eine Notiz kann nicht geleert werden; löschen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>An empty note was not saved.</source>
        <translation>Eine leere Notiz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>An export or import is already under way.</source>
        <translation>Ein Export oder Import läuft bereits.</translation>
    </message>
    <message>
        <source>Exporting the notes to %1…</source>
        <translation>Notizen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Importing the notes of %1…</source>
        <translation>Notizen aus %1 werden importiert…</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>CSV record %1: unexpected text after a closing quote.</source>
        <translation>CSV-Datensatz %1: unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>CSV record %1: a quoted field is not closed.</source>
        <translation>CSV-Datensatz %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A note needs a workspace and a deployment.</source>
        <translation>Eine Notiz braucht einen Workspace und ein Deployment.</translation>
    </message>
    <message>
        <source>An empty note was not saved.</source>
        <translation>Eine leere Notiz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A note cannot be emptied; delete it instead.</source>
        <translation>Eine Notiz kann nicht geleert werden; löschen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>The note no longer exists (deleted elsewhere?).</source>
        <translation>Die Notiz existiert nicht mehr (anderswo gelöscht?).</translation>
    </message>
    <message>
        <source>No note with id %1.</source>
        <translation>Keine Notiz mit der ID %1.</translation>
    </message>
    <message>
        <source># Notes for workspace %1</source>
        <translation># Notizen für Workspace %1</translation>
    </message>
    <message>
        <source>Exported %1 by Lepton Console.</source>
        <translation>Exportiert am %1 von Lepton Console.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <source>(edited %1)</source>
        <translation>(bearbeitet am %1)</translation>
    </message>
    <message>
        <source>[pause reason]</source>
        <translation>[Pausengrund]</translation>
    </message>
    <message>
        <source>No workspace to import the notes into.</source>
        <translation>Kein Workspace, in den die Notizen importiert werden können.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>The CSV file has no "%1" column.</source>
        <translation>Die CSV-Datei hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, obwohl die Kopfzeile %2 hat.</translation>
    </message>
    <message>
        <source>no deployment name.</source>
        <translation>kein Deployment-Name.</translation>
    </message>
    <message>
        <source>"%1" is not a date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>empty note.</source>
        <translation>leere Notiz.</translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a notes export (%2 MB).</source>
        <translation>%1 ist zu groß für einen Notizen-Export (%2 MB).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n Notiz importiert</numerusform>
            <numerusform>%n Notizen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here, skipped</source>
        <translation>
            <numerusform>; %n war bereits vorhanden, übersprungen</numerusform>
            <numerusform>; %n waren bereits vorhanden, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) could not be read</source>
        <translation>
            <numerusform>; %n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>; %n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseCommand</name>
    <message>
        <source>Pause deployments: remember their replicas and autoscaling, then scale them to zero.</source>
        <translation>Deployments pausieren: ihre Replikate und ihr Autoscaling merken, dann auf null skalieren.</translation>
    </message>
    <message>
        <source>Why: kept as a note the console shows.</source>
        <translation>Der Grund der Pause, gespeichert als Notiz, die die Konsole anzeigt.</translation>
    </message>
    <message>
        <source>A date to look at the pause again (YYYY-MM-DD).</source>
        <translation>Ein Datum, an dem die Pause erneut geprüft werden soll (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--remind-on takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--remind-on erwartet ein Datum im Format YYYY-MM-DD, nicht "%1".</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1 is already being paused or resumed.</source>
        <translation>%1 wird bereits pausiert oder fortgesetzt.</translation>
    </message>
    <message>
        <source>Could not read %1 before pausing it: %2</source>
        <translation>%1 konnte vor dem Pausieren nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is already paused; Resume will bring back %2 replicas as saved on %3.</source>
        <translation>%1 ist bereits pausiert; Fortsetzen stellt %2 Replikate wieder her, wie am %3 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is already at zero replicas and was not paused by the console; there is nothing to remember.</source>
        <translation>%1 hat bereits null Replikate und wurde nicht von der Konsole pausiert; es gibt nichts zu merken.</translation>
    </message>
    <message>
        <source>%1 was not paused: its replicas could not be saved locally first (%2).</source>
        <translation>%1 wurde nicht pausiert: Seine Replikate konnten vorher nicht lokal gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>Paused %1; Resume will bring back %2.</source>
        <translation>%1 pausiert; Fortsetzen stellt %2 wieder her.</translation>
    </message>
    <message>
        <source>%1–%2 replicas</source>
        <translation>%1–%2 Replikate</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused to pause %1: %2</source>
        <translation>Der Server hat das Pausieren von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Pausing %1 did not complete: %2 The saved replicas are kept; the console will check the server and you can try again.</source>
        <translation>Das Pausieren von %1 wurde nicht abgeschlossen: %2 Die gespeicherten Replikate bleiben erhalten; die Konsole prüft den Server, und Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not read %1 before resuming it: %2</source>
        <translation>%1 konnte vor dem Fortsetzen nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Woke %1 up with the replicas it is configured for.</source>
        <translation>%1 wurde mit den konfigurierten Replikaten aufgeweckt.</translation>
    </message>
    <message>
        <source>Waking %1 up failed: %2</source>
        <translation>Aufwecken von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not paused.</source>
        <translation>%1 ist nicht pausiert.</translation>
    </message>
    <message>
        <source>%1 was stopped outside the console, so there is no saved replica count. How many replicas should it get?</source>
        <translation>%1 wurde außerhalb der Konsole gestoppt, daher gibt es keine gespeicherte Replikatzahl. Wie viele Replikate soll es bekommen?</translation>
    </message>
    <message>
        <source>%1 was changed on the server while it was paused:
%2
Resuming restores the saved replicas and autoscaling over these changes.</source>
        <translation>%1 wurde auf dem Server geändert, während es pausiert war:
%2
Fortsetzen stellt die gespeicherten Replikate und das Autoscaling über diese Änderungen hinweg wieder her.</translation>
    </message>
    <message>
        <source>%1 already has its saved replicas back.</source>
        <translation>%1 hat seine gespeicherten Replikate bereits zurück.</translation>
    </message>
    <message>
        <source>Resumed %1 with %2.</source>
        <translation>%1 fortgesetzt; %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Resuming %1 failed: %2 It stays paused and its saved replicas are kept.</source>
        <translation>Fortsetzen von %1 fehlgeschlagen: %2 Es bleibt pausiert, und seine gespeicherten Replikate bleiben erhalten.</translation>
    </message>
    <message>
        <source>The pause of %1 reached the server; its saved replicas are kept.</source>
        <translation>Die Pause von %1 hat den Server erreicht; seine gespeicherten Replikate bleiben erhalten.</translation>
    </message>
    <message>
        <source>The pause of %1 never reached the server; it is still running. Pause it again if you want.</source>
        <translation>Die Pause von %1 hat den Server nie erreicht; es läuft noch. Pausieren Sie es bei Bedarf erneut.</translation>
    </message>
    <message>
        <source>Its reason was not saved: %1</source>
        <translation>Der Grund wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The local ledger could not record the pause as complete (%1); the saved replicas are kept, and the next refresh settles it.</source>
        <translation>Das lokale Pausenregister konnte die Pause nicht als abgeschlossen vermerken (%1); die gespeicherten Replikate bleiben erhalten, die nächste Aktualisierung klärt es.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 (outside the console)</source>
        <translation>%1 (außerhalb der Konsole)</translation>
    </message>
    <message>
        <source>%1 was resumed outside the console (by %2); its pause is closed and kept as history.</source>
        <translation>%1 wurde außerhalb der Konsole fortgesetzt (von %2); seine Pause ist abgeschlossen und bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>It has its saved replicas back.</source>
        <translation>Es hat seine gespeicherten Replikate zurück.</translation>
    </message>
    <message>
        <source>Nothing was sent: the pause ledger could not be read or settled (%1).</source>
        <translation>Nichts gesendet: Das Pausenregister konnte nicht gelesen oder bereinigt werden (%1).</translation>
    </message>
    <message>
        <source>%1 was not paused: on the server its %2. The console saves only what it can give back exactly; correct the deployment, then pause it.</source>
        <translation>%1 wurde nicht pausiert: Auf dem Server gilt: %2. Die Konsole speichert nur, was sie exakt wiederherstellen kann; korrigieren Sie das Deployment und pausieren Sie es dann.</translation>
    </message>
    <message>
        <source>%1 was not resumed: on the server its %2.</source>
        <translation>%1 wurde nicht fortgesetzt: Auf dem Server gilt: %2.</translation>
    </message>
    <message>
        <source>%1 was not paused: it was being paused or resumed by another program at the same time. Try again.</source>
        <translation>%1 wurde nicht pausiert: Ein anderes Programm hat es gleichzeitig pausiert oder fortgesetzt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your note was added.</source>
        <translation>Ihre Notiz wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was paused, then resumed right after by another program; it is running and not paused.</source>
        <translation>%1 wurde pausiert und gleich danach von einem anderen Programm fortgesetzt; es läuft und ist nicht pausiert.</translation>
    </message>
    <message>
        <source>Its saved replicas could not be written back to the local ledger (%1): it had %2.</source>
        <translation>Seine gespeicherten Replikate konnten nicht in das lokale Pausenregister zurückgeschrieben werden (%1): Es hatte %2.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 pausiert.</translation>
    </message>
    <message>
        <source>%1 is not paused: %2</source>
        <translation>%1 ist nicht pausiert: %2</translation>
    </message>
    <message>
        <source>%1 is not paused: the pause begun by %2 at %3 has not reached the server.</source>
        <translation>%1 ist nicht pausiert: Die von %2 um %3 begonnene Pause hat den Server nicht erreicht.</translation>
    </message>
    <message>
        <source>The local ledger could not record the resume (%1); it still lists the deployment as paused until the next refresh or command settles it.</source>
        <translation>Das lokale Pausenregister konnte das Fortsetzen nicht vermerken (%1); es führt das Deployment weiter als pausiert, bis die nächste Aktualisierung oder der nächste Befehl es klärt.</translation>
    </message>
    <message>
        <source>its running state</source>
        <translation>seinen laufenden Zustand</translation>
    </message>
    <message>
        <source>%1 is already stopped and was not paused by the console; there is nothing to remember.</source>
        <translation>%1 ist bereits gestoppt und wurde nicht von der Konsole pausiert; es gibt nichts zu merken.</translation>
    </message>
    <message>
        <source>%1 was not resumed: %2 It stays paused and its saved state is kept.</source>
        <translation>%1 wurde nicht fortgesetzt: %2 Es bleibt pausiert, und sein gespeicherter Zustand bleibt erhalten.</translation>
    </message>
    <message>
        <source>There is no %1 %2: %2 is a %3.</source>
        <translation>Es gibt kein %1 %2: %2 ist ein %3.</translation>
    </message>
    <message>
        <source>Nothing was done: %1 has an open pause as a %2, and the ledger keeps one open pause per name; resume %2/%1 first.</source>
        <translation>Nichts wurde getan: %1 hat eine offene Pause als %2, und das Journal führt eine offene Pause je Name; setzen Sie zuerst %2/%1 fort.</translation>
    </message>
    <message>
        <source>%1 is already being paused by %2 (begun at %3); nothing was sent. Its pause saved %4.</source>
        <translation>%1 wird bereits von %2 pausiert (begonnen um %3); es wurde nichts gesendet. Diese Pause hat %4 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was paused by %2 at %3, just before this pause; nothing was sent, and Resume will bring back %4 as they saved it.</source>
        <translation>%1 wurde kurz vor dieser Pause um %3 von %2 pausiert; es wurde nichts gesendet, und Fortsetzen bringt %4 so zurück, wie es dabei gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Re&amp;mind me to look again on</source>
        <translation>Zur erneuten Prüfung erinnern a&amp;m</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n deployments</source>
        <translation>
            <numerusform>%n Deployment pausieren</numerusform>
            <numerusform>%n Deployments pausieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be scaled to zero replicas. The console remembers its replicas and autoscaling so that Resume gives back exactly what it has now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird auf null Replikate skaliert. Die Konsole merkt sich seine Replikate und sein Autoscaling, damit Fortsetzen genau das zurückgibt, was es jetzt hat.</translation>
    </message>
    <message numerus="yes">
        <source>These %n deployments will be scaled to zero replicas. The console remembers each one's replicas and autoscaling so that Resume gives them back.</source>
        <translation>
            <numerusform>Dieses %n Deployment wird auf null Replikate skaliert. Die Konsole merkt sich seine Replikate und sein Autoscaling, damit Fortsetzen sie zurückgibt.</numerusform>
            <numerusform>Diese %n Deployments werden auf null Replikate skaliert. Die Konsole merkt sich für jedes die Replikate und das Autoscaling, damit Fortsetzen sie zurückgibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments to pause</source>
        <translation>Zu pausierende Deployments</translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation>Grund für die Pause</translation>
    </message>
    <message>
        <source>Optional: why is it paused? (kept as a note)</source>
        <translation>Optional: Warum ist es pausiert? (wird als Notiz gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Remind me to look again</source>
        <translation>Zur erneuten Prüfung erinnern</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Erinnerungsdatum</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n</source>
        <translation>
            <numerusform>%n Deployment &amp;pausieren</numerusform>
            <numerusform>%n Deployments &amp;pausieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PauseEntry</name>
    <message>
        <source>The pause has no workspace.</source>
        <translation>Die Pause hat keinen Workspace.</translation>
    </message>
    <message>
        <source>The pause has no deployment name.</source>
        <translation>Die Pause hat keinen Deployment-Namen.</translation>
    </message>
    <message>
        <source>The saved minimum replicas of %1 is negative.</source>
        <translation>Die gespeicherte minimale Replikatzahl von %1 ist negativ.</translation>
    </message>
    <message>
        <source>The saved maximum replicas of %1 (%2) is below its minimum (%3).</source>
        <translation>Die gespeicherte maximale Replikatzahl von %1 (%2) liegt unter ihrem Minimum (%3).</translation>
    </message>
    <message>
        <source>Entry for "%1": saved_min_replicas is missing or not a whole number.</source>
        <translation>Eintrag für „%1“: saved_min_replicas fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Entry for "%1": saved_max_replicas is not a whole number.</source>
        <translation>Eintrag für „%1“: saved_max_replicas ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Entry for "%1": saved_auto_scaler is not an object.</source>
        <translation>Eintrag für „%1“: saved_auto_scaler ist kein Objekt.</translation>
    </message>
    <message>
        <source>Entry for "%1": paused_version is not a whole number.</source>
        <translation>Eintrag für „%1“: paused_version ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Entry for "%1": paused_at is missing or not a date and time.</source>
        <translation>Eintrag für „%1“: paused_at fehlt oder ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Entry for "%1": remind_on is not a date.</source>
        <translation>Eintrag für „%1“: remind_on ist kein Datum.</translation>
    </message>
    <message>
        <source>Entry for "%1": unknown state.</source>
        <translation>Eintrag für „%1“: unbekannter Zustand.</translation>
    </message>
    <message>
        <source>Entry for "%1": kind is not a word.</source>
        <translation>Eintrag für „%1“: kind ist kein Wort.</translation>
    </message>
    <message>
        <source>Entry for "%1": saved_state is not an object.</source>
        <translation>Eintrag für „%1“: saved_state ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>PauseLedger</name>
    <message>
        <source>No pause with id %1 is in the ledger.</source>
        <translation>Im Pausenregister gibt es keine Pause mit der ID %1.</translation>
    </message>
    <message>
        <source>The pause of %1 is already %2 and cannot become %3.</source>
        <translation>Die Pause von %1 ist bereits „%2“ und kann nicht zu „%3“ werden.</translation>
    </message>
    <message>
        <source>A confirmed pause cannot go back to pending.</source>
        <translation>Eine bestätigte Pause kann nicht wieder ausstehend werden.</translation>
    </message>
    <message>
        <source>The pause of %1 is over; its saved values are history and stay as they were.</source>
        <translation>Die Pause von %1 ist beendet; ihre gespeicherten Werte sind Geschichte und bleiben unverändert.</translation>
    </message>
    <message>
        <source>The pause of %1 is over; it needs no reminder.</source>
        <translation>Die Pause von %1 ist beendet; sie braucht keine Erinnerung.</translation>
    </message>
    <message>
        <source>The file is not a pause ledger export (%1).</source>
        <translation>Die Datei ist kein Export des Pausenregisters (%1).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The file is not a pause ledger export.</source>
        <translation>Die Datei ist kein Export des Pausenregisters.</translation>
    </message>
    <message>
        <source>The file was written by a newer Lepton Console; update to import it.</source>
        <translation>Die Datei wurde von einer neueren Version von Lepton Console geschrieben; aktualisieren Sie, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file has no list of entries.</source>
        <translation>Die Datei enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Entry %1 (%2): not an open pause; only open pauses are imported.</source>
        <translation>Eintrag %1 (%2): keine offene Pause; nur offene Pausen werden importiert.</translation>
    </message>
    <message>
        <source>%1 in %2: already paused here; its saved values were kept.</source>
        <translation>%1 in %2: hier bereits pausiert; die gespeicherten Werte wurden beibehalten.</translation>
    </message>
    <message>
        <source>The pause is over; its snapshot is history and stays as it was.</source>
        <translation>Die Pause ist vorbei; ihr Schnappschuss gehört zum Verlauf und bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>PauseMarkers</name>
    <message>
        <source>run the cluster again (no worker groups)</source>
        <translation>den Cluster wieder starten (keine Worker-Gruppen)</translation>
    </message>
    <message>
        <source>run the cluster again with worker groups %1</source>
        <translation>den Cluster mit den Worker-Gruppen %1 wieder starten</translation>
    </message>
    <message>
        <source>keep it stopped (it was stopped)</source>
        <translation>gestoppt lassen (war gestoppt)</translation>
    </message>
    <message>
        <source>start it again (it was running)</source>
        <translation>wieder starten (lief vorher)</translation>
    </message>
    <message>
        <source>each component's replicas back: %1</source>
        <translation>die Replikate jeder Komponente zurück: %1</translation>
    </message>
    <message>
        <source>%1 replicas back</source>
        <translation>%1 Replikate zurück</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <source>Paused by %1 · %2 ago</source>
        <translation>Pausiert von %1 · vor %2</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Pausiert von %1</translation>
    </message>
    <message>
        <source>The server has not confirmed the pause yet.</source>
        <translation>Der Server hat die Pause noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Fortsetzen: %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Prüfung am %1</translation>
    </message>
    <message>
        <source>Note: %1 — %2</source>
        <translation>Notiz: %1 — %2</translation>
    </message>
</context>
<context>
    <name>PausePlan</name>
    <message>
        <source>Component "%1" has %2 %3, which is not a replica count; nothing was changed.</source>
        <translation>Komponente „%1“ hat %2 %3, das ist keine Replikatanzahl; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Component "%1" has autoscaling %2, which is not an object; nothing was changed.</source>
        <translation>Komponente „%1“ hat Autoscaling %2, das ist kein Objekt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The endpoint cannot be paused: %1.</source>
        <translation>Der Endpoint kann nicht pausiert werden: %1.</translation>
    </message>
    <message>
        <source>The endpoint cannot be resumed: %1.</source>
        <translation>Der Endpoint kann nicht fortgesetzt werden: %1.</translation>
    </message>
    <message>
        <source>Worker group "%1" has %2 %3, which is not a replica count; nothing was changed.</source>
        <translation>Worker-Gruppe „%1“ hat %2 %3, das ist keine Replikatanzahl; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The saved state names no kind of resource; nothing was sent.</source>
        <translation>Der gespeicherte Zustand nennt keine Ressourcenart; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 was paused on the %2 deployment API, which this workspace no longer speaks; nothing was sent.</source>
        <translation>%1 wurde über die %2-Deployment-API pausiert, die dieser Workspace nicht mehr spricht; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>PauseQuestions</name>
    <message>
        <source>&amp;Do not ask again in this workspace</source>
        <translation>In diesem Workspace &amp;nicht mehr fragen</translation>
    </message>
    <message>
        <source>For workspaces that are not production. Deployment &gt; Ask Before Pausing or Resuming turns it back on.</source>
        <translation>Für Workspaces, die nicht produktiv sind. Deployment &gt; Vor Pausieren oder Fortsetzen fragen schaltet es wieder ein.</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume %1?</source>
        <translation>%1 fortsetzen?</translation>
    </message>
    <message>
        <source>Resume &amp;Anyway</source>
        <translation>&amp;Trotzdem fortsetzen</translation>
    </message>
</context>
<context>
    <name>PauseResumeCommand</name>
    <message>
        <source>Return only once the server reports the deployments %1.</source>
        <translation>Erst zurückkehren, wenn der Server die Deployments als %1 meldet.</translation>
    </message>
    <message>
        <source>With --wait, give up after &lt;seconds&gt; (default %1) with exit code %2.</source>
        <translation>Mit --wait nach &lt;seconds&gt; (Standard: %1) mit Exit-Code %2 aufgeben.</translation>
    </message>
    <message>
        <source>Print the result of each deployment as JSON.</source>
        <translation>Das Ergebnis jedes Deployments als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Name at least one deployment.</source>
        <translation>Mindestens ein Deployment angeben.</translation>
    </message>
    <message>
        <source>--timeout only makes sense with --wait.</source>
        <translation>--timeout ist nur mit --wait sinnvoll.</translation>
    </message>
    <message>
        <source>%1 was changed on the server while it was paused (%2); not resumed. Use --force to restore the saved replicas and autoscaling over these changes.</source>
        <translation>%1 wurde auf dem Server geändert, während es pausiert war (%2); nicht fortgesetzt. Mit --force werden die gespeicherten Replikate und das Autoscaling über diese Änderungen hinweg wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was stopped outside the console, so there is no saved replica count; give one with --replicas N.</source>
        <translation>%1 wurde außerhalb der Konsole gestoppt, daher gibt es keine gespeicherte Replikatzahl; geben Sie eine mit --replicas N an.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 hat den Status %2.</translation>
    </message>
    <message>
        <source>Waiting for %1 failed: %2</source>
        <translation>Warten auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2 to be %3 (it is %4).</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten darauf, dass %2 den Status %3 hat (aktuell: %4).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The deployments, one or more. KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Die Deployments, eines oder mehrere. ART ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
</context>
<context>
    <name>PausedCommand</name>
    <message>
        <source>List the paused deployments: who paused them, since when, saved replicas, reason, reminder.</source>
        <translation>Die pausierten Deployments auflisten: wer sie pausiert hat, seit wann, gespeicherte Replikate, Grund, Erinnerung.</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation>JSON ausgeben (zum Format siehe README).</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, a header row: %1).</source>
        <translation>CSV ausgeben (RFC 4180, mit Kopfzeile: %1).</translation>
    </message>
    <message>
        <source>paused takes no arguments.</source>
        <translation>paused erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Entweder --json oder --csv angeben.</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No paused deployments in workspace %1.</source>
        <translation>Keine pausierten Deployments im Workspace %1.</translation>
    </message>
    <message>
        <source> (pending)</source>
        <translation> (ausstehend)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PAUSED BY</source>
        <translation>PAUSIERT VON</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>SAVED REPLICAS</source>
        <translation>GESPEICHERTE REPLIKATE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>REMIND ON</source>
        <translation>ERINNERUNG AM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
</context>
<context>
    <name>PausedDeletion</name>
    <message>
        <source>Not connected to the workspace; nothing was deleted.</source>
        <translation>Nicht mit dem Arbeitsbereich verbunden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The server did not delete %1: %2. Nothing was changed; the pause stays open.</source>
        <translation>Der Server hat %1 nicht gelöscht: %2. Es wurde nichts geändert; die Pause bleibt offen.</translation>
    </message>
    <message>
        <source>The server accepted the deletion of %1, but its pause could not be closed in the ledger: %2. The pause will be settled at the next refresh.</source>
        <translation>Der Server hat das Löschen von %1 angenommen, aber die Pause konnte im Journal nicht geschlossen werden: %2. Die Pause wird bei der nächsten Aktualisierung bereinigt.</translation>
    </message>
    <message>
        <source>Deleted %1 while paused (paused since %2). The pause and its notes are kept as history.</source>
        <translation>%1 wurde während der Pause gelöscht (pausiert seit %2). Die Pause und ihre Notizen bleiben als Verlauf erhalten.</translation>
    </message>
    <message>
        <source>The server accepted the deletion of %1; it is being deleted. Its pause is closed as deleted; the ledger entry and notes are kept as history.</source>
        <translation>Der Server hat das Löschen von %1 angenommen; es wird gelöscht. Die Pause wird als gelöscht geschlossen; der Journaleintrag und die Notizen bleiben als Verlauf erhalten.</translation>
    </message>
    <message>
        <source>The server accepted the deletion of %1 and its pause is closed, but the note saying so could not be written: %2</source>
        <translation>Der Server hat das Löschen von %1 angenommen und die Pause ist geschlossen, aber die entsprechende Notiz konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PausedServicesModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The paused deployments could not be read: %1</source>
        <translation>Die pausierten Deployments konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Paused by</source>
        <translation>Pausiert von</translation>
    </message>
    <message>
        <source>Paused for</source>
        <translation>Pausendauer</translation>
    </message>
    <message>
        <source>Saved replicas</source>
        <translation>Gespeicherte Replikate</translation>
    </message>
    <message>
        <source>Saved autoscaling</source>
        <translation>Gespeichertes Autoscaling</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no max)</source>
        <translation>%1 (kein Maximum)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>GPU %1%</source>
        <translation>GPU %1 %</translation>
    </message>
    <message>
        <source>%1 req/min per replica</source>
        <translation>%1 Anfragen/min je Replikat</translation>
    </message>
    <message>
        <source>to zero after %1 idle</source>
        <translation>nach %1 Leerlauf auf null</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>How long the deployment has been paused</source>
        <translation>Wie lange das Deployment schon pausiert ist</translation>
    </message>
    <message>
        <source>The minimum–maximum replicas that Resume gives back</source>
        <translation>Minimum–Maximum der Replikate, die Fortsetzen zurückgibt</translation>
    </message>
    <message>
        <source>The autoscaling that Resume gives back</source>
        <translation>Das Autoscaling, das Fortsetzen zurückgibt</translation>
    </message>
    <message>
        <source>When to look at this pause again</source>
        <translation>Wann diese Pause erneut geprüft werden soll</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Review due (%1)</source>
        <translation>Prüfung fällig (%1)</translation>
    </message>
    <message>
        <source>%1: the pause is not confirmed by the server yet</source>
        <translation>%1: Die Pause ist vom Server noch nicht bestätigt</translation>
    </message>
    <message>
        <source>No reason was given for this pause.</source>
        <translation>Für diese Pause wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Latest note (%1, %2):</source>
        <translation>Letzte Notiz (%1, %2):</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Pausiert am %1</translation>
    </message>
    <message>
        <source>Resume sets min replicas to %1 and %2</source>
        <translation>Fortsetzen setzt das Replikat-Minimum auf %1 und %2</translation>
    </message>
    <message>
        <source>max replicas to %1</source>
        <translation>das Maximum auf %1</translation>
    </message>
    <message>
        <source>no max replicas</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Review due: the reminder was for %1</source>
        <translation>Prüfung fällig: Die Erinnerung war für %1 gesetzt</translation>
    </message>
    <message>
        <source>Remind on %1</source>
        <translation>Erinnerung am %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation>Dev-Pod</translation>
    </message>
    <message>
        <source>Ray cluster</source>
        <translation>Ray-Cluster</translation>
    </message>
    <message>
        <source>no workers</source>
        <translation>keine Worker</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Resume un-suspends the cluster with these worker groups: %1</source>
        <translation>Fortsetzen hebt die Suspendierung des Clusters mit diesen Worker-Gruppen auf: %1</translation>
    </message>
    <message>
        <source>Resume starts the dev pod again</source>
        <translation>Fortsetzen startet den Dev-Pod wieder</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Pausiert von %1</translation>
    </message>
    <message>
        <source>Cost if resumed</source>
        <translation>Kosten bei Fortsetzung</translation>
    </message>
    <message>
        <source>What the saved replicas would cost per hour if resumed (the price of the shape × min replicas, up to max replicas)</source>
        <translation>Was die gespeicherten Replikate pro Stunde bei Fortsetzung kosten würden (Preis der Form × minimale Replikate, bis zu maximalen Replikaten)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · veraltet</translation>
    </message>
    <message numerus="yes">
        <source>Stale: paused for more than %n day(s). Resume it, or delete the deployment if it is no longer needed.</source>
        <translation>
            <numerusform>Veraltet: seit mehr als %n Tag pausiert. Setzen Sie es fort oder löschen Sie das Deployment, wenn es nicht mehr benötigt wird.</numerusform>
            <numerusform>Veraltet: seit mehr als %n Tagen pausiert. Setzen Sie es fort oder löschen Sie das Deployment, wenn es nicht mehr benötigt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>If resumed: %1</source>
        <translation>Bei Fortsetzung: %1</translation>
    </message>
</context>
<context>
    <name>PausedServicesView</name>
    <message>
        <source>Paused services</source>
        <translation>Pausierte Dienste</translation>
    </message>
    <message>
        <source>Review &amp;due only</source>
        <translation>Nur fälli&amp;ge Prüfungen</translation>
    </message>
    <message>
        <source>Show only deployments whose review is due</source>
        <translation>Nur Deployments zeigen, deren Prüfung fällig ist</translation>
    </message>
    <message>
        <source>Show only the pauses whose reminder day has come</source>
        <translation>Nur die Pausen zeigen, deren Erinnerungstag gekommen ist</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the paused services</source>
        <translation>Die pausierten Dienste neu laden</translation>
    </message>
    <message>
        <source>Read the pause ledger and the notes again</source>
        <translation>Pausenregister und Notizen erneut lesen</translation>
    </message>
    <message>
        <source>Paused deployments</source>
        <translation>Pausierte Deployments</translation>
    </message>
    <message>
        <source>&amp;Show in table</source>
        <translation>In der Tabelle &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the deployment in the table</source>
        <translation>Das Deployment in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Set re&amp;minder…</source>
        <translation>Erinner&amp;ung festlegen…</translation>
    </message>
    <message>
        <source>Set reminder</source>
        <translation>Erinnerung festlegen</translation>
    </message>
    <message>
        <source>Choose when to look at this pause again</source>
        <translation>Festlegen, wann diese Pause erneut geprüft wird</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Give the deployment back its saved replicas and autoscaling</source>
        <translation>Dem Deployment seine gespeicherten Replikate und sein Autoscaling zurückgeben</translation>
    </message>
    <message>
        <source>The reminder for %1 was not saved: %2</source>
        <translation>Die Erinnerung für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Connect to a workspace to see its paused deployments.</source>
        <translation>Mit einem Workspace verbinden, um seine pausierten Deployments zu sehen.</translation>
    </message>
    <message>
        <source>Nothing is paused in this workspace.</source>
        <translation>In diesem Workspace ist nichts pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n Prüfung fällig</numerusform>
            <numerusform>%n Prüfungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No review is due.</source>
        <translation>Keine Prüfung fällig.</translation>
    </message>
    <message>
        <source>Paused deployments columns</source>
        <translation>Spalten der pausierten Deployments</translation>
    </message>
    <message>
        <source>Paused deployments rows</source>
        <translation>Zeilen der pausierten Deployments</translation>
    </message>
    <message>
        <source>&amp;Delete deployment…</source>
        <translation>Deployment &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete deployment</source>
        <translation>Deployment löschen</translation>
    </message>
    <message>
        <source>Delete the paused resource on the server, after typing its name; the pause and notes stay as history</source>
        <translation>Die pausierte Ressource nach Eingabe ihres Namens auf dem Server löschen; die Pause und die Notizen bleiben als Verlauf erhalten</translation>
    </message>
    <message>
        <source>%1 if all resumed</source>
        <translation>%1, wenn alle fortgesetzt werden</translation>
    </message>
</context>
<context>
    <name>PausedSettingsEditor</name>
    <message>
        <source>The pause ledger could not be read (%1).</source>
        <translation>Das Pausenregister konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 is not paused.</source>
        <translation>%1 ist nicht pausiert.</translation>
    </message>
    <message>
        <source>%1 already has these settings.</source>
        <translation>%1 hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>The new settings of %1 could not be saved (%2); nothing was changed.</source>
        <translation>Die neuen Einstellungen von %1 konnten nicht gespeichert werden (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 stays paused; Resume will bring back %2.</source>
        <translation>%1 bleibt pausiert; Fortsetzen stellt %2 wieder her.</translation>
    </message>
    <message>
        <source>%1 stays paused, but the server refused the change: %2</source>
        <translation>%1 bleibt pausiert, aber der Server hat die Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was changed, but the change could not be recorded in the pause ledger (%2); Resume will ask about it.</source>
        <translation>%1 wurde geändert, aber die Änderung konnte nicht im Pausenregister vermerkt werden (%2); Fortsetzen wird danach fragen.</translation>
    </message>
    <message>
        <source>%1 was changed and stays paused; Resume will bring back %2.</source>
        <translation>%1 wurde geändert und bleibt pausiert; Fortsetzen stellt %2 wieder her.</translation>
    </message>
</context>
<context>
    <name>PausedWeek</name>
    <message>
        <source>Running all week</source>
        <translation>Die ganze Woche aktiv</translation>
    </message>
    <message>
        <source>Paused all week</source>
        <translation>Die ganze Woche pausiert</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>weekends all day</source>
        <translation>Wochenenden ganztägig</translation>
    </message>
    <message>
        <source>%1 all day</source>
        <translation>%1 ganztägig</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>no schedule on %1 (exception)</source>
        <translation>kein Zeitplan am %1 (Ausnahme)</translation>
    </message>
    <message>
        <source>running all day</source>
        <translation>ganztägig aktiv</translation>
    </message>
    <message>
        <source>paused all day</source>
        <translation>ganztägig pausiert</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>pausiert %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> (exception: the schedule does not apply)</source>
        <translation> (Ausnahme: der Zeitplan gilt nicht)</translation>
    </message>
    <message>
        <source>%1 (%2, local time)</source>
        <translation>%1 (%2, Ortszeit)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 ahead of local time)</source>
        <translation>%1 (%2, %3 vor der Ortszeit)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 behind local time)</source>
        <translation>%1 (%2, %3 hinter der Ortszeit)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql); the team store %1 cannot be used.</source>
        <translation>Der PostgreSQL-Treiber für Qt fehlt (Paket libqt6sql6-psql); der Team-Speicher %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI (postgresql://user@host:port/database).</source>
        <translation>%1 ist keine PostgreSQL-Verbindungs-URI (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>Could not connect to the team store %1: %2</source>
        <translation>Keine Verbindung zum Team-Speicher %1: %2</translation>
    </message>
    <message>
        <source>Could not prepare the team store %1: %2</source>
        <translation>Der Team-Speicher %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The database has a table "meta" without a Lepton Console schema version; it was left untouched.</source>
        <translation>Die Datenbank hat eine Tabelle „meta“ ohne Schema-Version der Lepton Console; sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>The store has schema %1, written by a newer Lepton Console; this one knows schema %2.</source>
        <translation>Der Speicher hat Schema %1, geschrieben von einer neueren Lepton Console; diese kennt Schema %2.</translation>
    </message>
    <message>
        <source>The team store %1 is not connected.</source>
        <translation>Der Team-Speicher %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached</source>
        <translation>Der Team-Speicher %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Your database role may not change the team store %1</source>
        <translation>Ihre Datenbankrolle darf den Team-Speicher %1 nicht ändern</translation>
    </message>
    <message>
        <source>The team store is busy with another console's change; try again in a moment</source>
        <translation>Der Team-Speicher ist mit der Änderung einer anderen Konsole beschäftigt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Unbekannter Datenbankfehler.</translation>
    </message>
</context>
<context>
    <name>PricesCommand</name>
    <message>
        <source>Set, remove or list the price of one replica of a resource shape per hour (for savings).</source>
        <translation>Den Preis eines Replikats einer Ressourcenform pro Stunde festlegen, entfernen oder auflisten (für Einsparungen).</translation>
    </message>
    <message>
        <source>With set: the currency, a three-letter code (default %1).</source>
        <translation>Mit set: die Währung, ein Code aus drei Buchstaben (Standard %1).</translation>
    </message>
    <message>
        <source>With list: print JSON.</source>
        <translation>Mit list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>list, set SHAPE PRICE, or remove SHAPE.</source>
        <translation>list, set SHAPE PRICE oder remove SHAPE.</translation>
    </message>
    <message>
        <source>prices list takes no more arguments.</source>
        <translation>prices list erwartet keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>Usage: prices set SHAPE PRICE [--currency CODE], for example: prices set gpu.a10 1.25</source>
        <translation>Aufruf: prices set SHAPE PRICE [--currency CODE], zum Beispiel: prices set gpu.a10 1.25</translation>
    </message>
    <message>
        <source>Name the resource shape, for example gpu.a10.</source>
        <translation>Geben Sie die Ressourcenform an, zum Beispiel gpu.a10.</translation>
    </message>
    <message>
        <source>"%1" is not a price: give a number such as 1.25 (a point, at most six decimals, not negative), per replica and hour.</source>
        <translation>„%1“ ist kein Preis: Geben Sie eine Zahl wie 1.25 an (mit Punkt, höchstens sechs Nachkommastellen, nicht negativ), pro Replikat und Stunde.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code; use three letters, for example USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben, zum Beispiel USD oder EUR.</translation>
    </message>
    <message>
        <source>Usage: prices remove SHAPE</source>
        <translation>Aufruf: prices remove SHAPE</translation>
    </message>
    <message>
        <source>Unknown action "%1": use list, set or remove.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie list, set oder remove.</translation>
    </message>
    <message>
        <source>This store keeps no prices.</source>
        <translation>Dieser Speicher führt keine Preise.</translation>
    </message>
    <message>
        <source>The price could not be removed: %1</source>
        <translation>Der Preis konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed the price of %1.</source>
        <translation>Der Preis von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 had no price; nothing changed.</source>
        <translation>%1 hatte keinen Preis; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The price could not be saved: %1</source>
        <translation>Der Preis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 per replica and hour.</source>
        <translation>%1: %2 %3 pro Replikat und Stunde.</translation>
    </message>
    <message>
        <source>The prices could not be read: %1</source>
        <translation>Die Preise konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No prices set. Set one with: prices set SHAPE PRICE [--currency CODE]</source>
        <translation>Keine Preise festgelegt. Legen Sie einen fest mit: prices set SHAPE PRICE [--currency CODE]</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>RESSOURCENFORM</translation>
    </message>
    <message>
        <source>PER REPLICA-HOUR</source>
        <translation>PRO REPLIKATSTUNDE</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>GESETZT VON</translation>
    </message>
    <message>
        <source>SET AT</source>
        <translation>GESETZT AM</translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>What one replica of each shape costs per hour. Lepton's API has no prices: the savings figures use these. Leave a price empty for "no price set".</source>
        <translation>Was ein Replikat jeder Ressourcenform pro Stunde kostet. Die API von Lepton kennt keine Preise: Die Einsparungen werden mit diesen berechnet. Lassen Sie einen Preis leer für „kein Preis festgelegt“.</translation>
    </message>
</context>
<context>
    <name>PricesEditor</name>
    <message>
        <source>Prices per shape</source>
        <translation>Preise pro Form</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Price per replica-hour</source>
        <translation>Preis pro Replikat-Stunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>This store keeps no prices.</source>
        <translation>Dieser Speicher führt keine Preise.</translation>
    </message>
    <message>
        <source>The prices could not be read: %1</source>
        <translation>Die Preise konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The price of %1, "%2", is not a number such as 1.25 (a point, at most six decimals, not negative).</source>
        <translation>Der Preis von %1, „%2“, ist keine Zahl wie 1.25 (ein Punkt, höchstens sechs Nachkommastellen, nicht negativ).</translation>
    </message>
    <message>
        <source>The currency of %1, "%2", is not a three-letter code such as USD.</source>
        <translation>Die Währung von %1, „%2“, ist kein dreibuchstabiger Code wie USD.</translation>
    </message>
    <message>
        <source>Not every price was saved: %1</source>
        <translation>Nicht alle Preise wurden gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>What one replica of each shape costs per hour, for the Cost/hour column, the running total in the status bar and the savings figures. Lepton's API has no prices. Leave a price empty for "no price set". Prices are kept in the store with the pause ledger, so a team store shares them.</source>
        <translation>Was ein Replikat jeder Form pro Stunde kostet, für die Spalte Kosten/Stunde, die laufende Summe in der Statusleiste und die Einsparungswerte. Die API von Lepton kennt keine Preise. Lassen Sie einen Preis leer für „kein Preis festgelegt“. Preise werden zusammen mit dem Pausenjournal im Speicher abgelegt, sodass ein Team-Speicher sie teilt.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
</context>
<context>
    <name>RayClusterTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>no workers</source>
        <translation>keine Worker</translation>
    </message>
    <message>
        <source>Worker groups (min–max replicas × shape):
%1</source>
        <translation>Worker-Gruppen (min–max Replikate × Form):
%1</translation>
    </message>
    <message>
        <source>Cost/hour</source>
        <translation>Kosten/Stunde</translation>
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <source>End a hold: schedules act on the resource again.</source>
        <translation>Eine Sperre beenden: Zeitpläne wirken wieder auf die Ressource.</translation>
    </message>
    <message>
        <source>The resource. KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Die Ressource. KIND ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>Usage: release KIND/NAME</source>
        <translation>Verwendung: release KIND/NAME</translation>
    </message>
    <message>
        <source>This store keeps no holds.</source>
        <translation>Dieser Speicher verwaltet keine Sperren.</translation>
    </message>
    <message>
        <source>The hold could not be released: %1</source>
        <translation>Die Sperre konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <source>Released %1: schedules act on it again.</source>
        <translation>%1 freigegeben: Zeitpläne wirken wieder darauf.</translation>
    </message>
    <message>
        <source>%1 was not held; nothing changed.</source>
        <translation>%1 war nicht gesperrt; nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>&amp;Remind me to look again on</source>
        <translation>&amp;Zur erneuten Prüfung erinnern am</translation>
    </message>
    <message>
        <source>Reminder for %1</source>
        <translation>Erinnerung für %1</translation>
    </message>
    <message>
        <source>When the day comes, the Paused services view and the deployments table show &lt;b&gt;Review due&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Wenn der Tag gekommen ist, zeigen die Ansicht „Pausierte Dienste“ und die Deployment-Tabelle &lt;b&gt;Prüfung fällig&lt;/b&gt; für &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Remind me to look again</source>
        <translation>Zur erneuten Prüfung erinnern</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>Erinnerungsdatum</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>Erinnerung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReplicaFields</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>resource_requirement is %1, not an object</source>
        <translation>resource_requirement ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>min_replicas is %1, not a whole number of replicas</source>
        <translation>min_replicas ist %1, keine ganze Anzahl Replikate</translation>
    </message>
    <message>
        <source>max_replicas is %1, not a whole number of replicas</source>
        <translation>max_replicas ist %1, keine ganze Anzahl Replikate</translation>
    </message>
    <message>
        <source>max_replicas (%1) is below min_replicas (%2)</source>
        <translation>max_replicas (%1) ist kleiner als min_replicas (%2)</translation>
    </message>
    <message>
        <source>auto_scaler is %1, not an object</source>
        <translation>auto_scaler ist %1, kein Objekt</translation>
    </message>
</context>
<context>
    <name>ReplicaTerminations</name>
    <message>
        <source>the termination records are not an object of replicas</source>
        <translation>die Beendigungsdatensätze sind kein Objekt von Replikaten</translation>
    </message>
    <message>
        <source>the termination records of replica %1 are not a list</source>
        <translation>die Beendigungsdatensätze von Replikat %1 sind keine Liste</translation>
    </message>
    <message>
        <source>a termination record of replica %1 is not an object</source>
        <translation>ein Beendigungsdatensatz von Replikat %1 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ResourceRef</name>
    <message>
        <source>endpoint, pod (or devpod), raycluster (or ray)</source>
        <translation>endpoint, pod (oder devpod), raycluster (oder ray)</translation>
    </message>
    <message>
        <source>There is no kind "%1" (in "%2"). The kinds are: %3.%4</source>
        <translation>Es gibt keine Art „%1“ (in „%2“). Die Arten sind: %3.%4</translation>
    </message>
    <message>
        <source>A deployment name cannot be empty.</source>
        <translation>Ein Deployment-Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>"%1" names no resource after the kind.</source>
        <translation>„%1“ nennt nach der Art keine Ressource.</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <source>Paused by %1 · %2</source>
        <translation>Pausiert von %1 · %2</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Pausiert von %1</translation>
    </message>
    <message>
        <source>✎ note</source>
        <translation>✎ Notiz</translation>
    </message>
    <message>
        <source>⏰ review due</source>
        <translation>⏰ Prüfung fällig</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <source>Filter dev pods</source>
        <translation>Dev-Pods filtern</translation>
    </message>
    <message>
        <source>Filter Ray clusters</source>
        <translation>Ray-Cluster filtern</translation>
    </message>
    <message>
        <source>Filter by name, image, shape or state</source>
        <translation>Nach Name, Image, Form oder Zustand filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Dev pods</source>
        <translation>Dev-Pods</translation>
    </message>
    <message>
        <source>Ray clusters</source>
        <translation>Ray-Cluster</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop the selected dev pods; Resume brings them back as they were</source>
        <translation>Die ausgewählten Dev-Pods stoppen; Fortsetzen bringt sie so zurück, wie sie waren</translation>
    </message>
    <message>
        <source>Suspend the selected Ray clusters; Resume brings their workers back</source>
        <translation>Die ausgewählten Ray-Cluster suspendieren; Fortsetzen bringt ihre Worker zurück</translation>
    </message>
    <message>
        <source>Pause with &amp;Note…</source>
        <translation>Mit &amp;Notiz pausieren…</translation>
    </message>
    <message>
        <source>Pause with a reason and a reminder</source>
        <translation>Mit Begründung und Erinnerung pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Bring back what the console's pause saved</source>
        <translation>Zurückbringen, was die Pause der Konsole gespeichert hat</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the name</source>
        <translation>Den Namen kopieren</translation>
    </message>
    <message>
        <source>Refreshing failed; showing the last data received. %1</source>
        <translation>Aktualisieren fehlgeschlagen; die zuletzt empfangenen Daten werden gezeigt. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dev pod(s)</source>
        <translation>
            <numerusform>%n Dev-Pod</numerusform>
            <numerusform>%n Dev-Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Ray cluster(s)</source>
        <translation>
            <numerusform>%n Ray-Cluster</numerusform>
            <numerusform>%n Ray-Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Mit keinem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Could not load the list.
%1</source>
        <translation>Die Liste konnte nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This workspace has no dev pods.
Create one with the Lepton dashboard or `lep pod create`, and it appears here.</source>
        <translation>Dieser Workspace hat keine Dev-Pods.
Legen Sie einen im Lepton-Dashboard oder mit `lep pod create` an, dann erscheint er hier.</translation>
    </message>
    <message>
        <source>This workspace has no Ray clusters.
Create one with the Lepton dashboard or `lep raycluster create`, and it appears here.</source>
        <translation>Dieser Workspace hat keine Ray-Cluster.
Legen Sie einen im Lepton-Dashboard oder mit `lep raycluster create` an, dann erscheint er hier.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation>Dev-Pod</translation>
    </message>
    <message>
        <source>Ray cluster</source>
        <translation>Ray-Cluster</translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation>%1 pausieren?</translation>
    </message>
    <message>
        <source>Pause %1: %2?</source>
        <translation>%1 pausieren: %2?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A dev pod stops and gives its GPU back; what it runs is lost, its storage stays. What it had is saved first; Resume brings it back.</source>
        <translation>Ein Dev-Pod stoppt und gibt seine GPU zurück; was darin läuft, geht verloren, sein Speicher bleibt. Was er hatte, wird zuerst gespeichert; Fortsetzen bringt es zurück.</translation>
    </message>
    <message>
        <source>A Ray cluster is suspended: its head and workers stop. Its worker groups are saved first; Resume brings them back.</source>
        <translation>Ein Ray-Cluster wird suspendiert: Head und Worker stoppen. Seine Worker-Gruppen werden zuerst gespeichert; Fortsetzen bringt sie zurück.</translation>
    </message>
    <message>
        <source>Resume %1?</source>
        <translation>%1 fortsetzen?</translation>
    </message>
    <message>
        <source>Resume %1: %2?</source>
        <translation>%1 fortsetzen: %2?</translation>
    </message>
    <message>
        <source>They start again and use GPUs from now on.</source>
        <translation>Sie starten wieder und belegen ab jetzt GPUs.</translation>
    </message>
    <message>
        <source>Could not pause %1: %2</source>
        <translation>%1 konnte nicht pausiert werden: %2</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Resume paused deployments with exactly the replicas and autoscaling they had.</source>
        <translation>Pausierte Deployments mit genau den Replikaten und dem Autoscaling fortsetzen, die sie hatten.</translation>
    </message>
    <message>
        <source>For a deployment stopped outside the console (no saved values): start it with &lt;n&gt; replicas.</source>
        <translation>Für ein außerhalb der Konsole gestopptes Deployment (keine gespeicherten Werte): mit &lt;n&gt; Replikaten starten.</translation>
    </message>
    <message>
        <source>Resume even if the deployment was changed on the server while paused.</source>
        <translation>Auch fortsetzen, wenn das Deployment während der Pause auf dem Server geändert wurde.</translation>
    </message>
</context>
<context>
    <name>RunningCost</name>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>no shape</source>
        <translation>keine Form</translation>
    </message>
    <message>
        <source>%1–%2 %3/h</source>
        <translation>%1–%2 %3/h</translation>
    </message>
    <message>
        <source>%1 %2/h</source>
        <translation>%1 %2/h</translation>
    </message>
    <message>
        <source>no price set</source>
        <translation>kein Preis festgelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 per replica</source>
        <translation>%1 × %2 pro Replikat</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>keine GPU</translation>
    </message>
    <message>
        <source>Paused: costs nothing now.</source>
        <translation>Pausiert: kostet derzeit nichts.</translation>
    </message>
    <message>
        <source>Resume would cost %1 (%2).</source>
        <translation>Fortsetzen würde %1 kosten (%2).</translation>
    </message>
    <message>
        <source>Resume would run %1; no price set for %2.</source>
        <translation>Fortsetzen würde %1 ausführen; kein Preis festgelegt für %2.</translation>
    </message>
    <message>
        <source>Nothing runs.</source>
        <translation>Nichts läuft.</translation>
    </message>
    <message>
        <source>No price set for %1: set one in Edit ▸ Preferences ▸ Prices.</source>
        <translation>Kein Preis festgelegt für %1: legen Sie einen unter Bearbeiten ▸ Einstellungen ▸ Preise fest.</translation>
    </message>
    <message>
        <source>At least %1 an hour (min replicas); up to %2 %3 with autoscaling to max replicas.</source>
        <translation>Mindestens %1 pro Stunde (minimale Replikate); bis zu %2 %3 mit Autoskalierung auf maximale Replikate.</translation>
    </message>
    <message>
        <source>%1 an hour.</source>
        <translation>%1 pro Stunde.</translation>
    </message>
    <message>
        <source>Accelerators: %1</source>
        <translation>Beschleuniger: %1</translation>
    </message>
    <message>
        <source>%1 accelerators at min replicas</source>
        <translation>%1 Beschleuniger bei minimalen Replikaten</translation>
    </message>
</context>
<context>
    <name>RunningCostFeed</name>
    <message>
        <source>This store keeps no prices.</source>
        <translation>Dieser Speicher führt keine Preise.</translation>
    </message>
    <message>
        <source>The prices could not be read: %1</source>
        <translation>Die Preise konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunningCostTotal</name>
    <message numerus="yes">
        <source>%n without a price</source>
        <translation>
            <numerusform>%n ohne Preis</numerusform>
            <numerusform>%n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: nothing to pay</source>
        <translation>Laufend: nichts zu bezahlen</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Laufend: %1</translation>
    </message>
    <message>
        <source>What the workspace's running resources cost per hour at their minimum replicas (a range: up to their maximum replicas with autoscaling).</source>
        <translation>Was die laufenden Ressourcen des Arbeitsbereichs pro Stunde bei ihren minimalen Replikaten kosten (ein Bereich: bis zu ihren maximalen Replikaten mit Autoskalierung).</translation>
    </message>
    <message numerus="yes">
        <source>%n priced resource(s) running</source>
        <translation>
            <numerusform>%n Ressource mit Preis läuft</numerusform>
            <numerusform>%n Ressourcen mit Preis laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running resource(s) without a price (set prices in Edit ▸ Preferences ▸ Prices)</source>
        <translation>
            <numerusform>%n laufende Ressource ohne Preis (Preise unter Bearbeiten ▸ Einstellungen ▸ Preise festlegen)</numerusform>
            <numerusform>%n laufende Ressourcen ohne Preis (Preise unter Bearbeiten ▸ Einstellungen ▸ Preise festlegen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused by the console (not counted)</source>
        <translation>
            <numerusform>%n von der Konsole pausiert (nicht gezählt)</numerusform>
            <numerusform>%n von der Konsole pausiert (nicht gezählt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingsCommand</name>
    <message>
        <source>Show what pauses saved: hours paused, replica-hours and GPU-hours not spent, money where a price is set.</source>
        <translation>Zeigen, was Pausen eingespart haben: pausierte Stunden, nicht verbrauchte Replikat- und GPU-Stunden sowie Geld, wo ein Preis festgelegt ist.</translation>
    </message>
    <message>
        <source>Count from &lt;date&gt; (YYYY-MM-DD, 00:00 UTC, or an ISO 8601 time with its zone); default: the ledger's first pause.</source>
        <translation>Ab &lt;date&gt; zählen (YYYY-MM-DD, 00:00 UTC, oder eine ISO-8601-Zeit mit Zeitzone); Standard: die erste Pause im Pausenregister.</translation>
    </message>
    <message>
        <source>Count up to &lt;date&gt; (YYYY-MM-DD: to the end of that day, UTC, or an ISO 8601 time); default: now. A later time counts open pauses as if they stay paused.</source>
        <translation>Bis &lt;date&gt; zählen (YYYY-MM-DD: bis zum Ende dieses Tages, UTC, oder eine ISO-8601-Zeit); Standard: jetzt. Eine spätere Zeit zählt offene Pausen, als blieben sie pausiert.</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation>JSON ausgeben (zum Format siehe README).</translation>
    </message>
    <message>
        <source>Print CSV, one row per resource.</source>
        <translation>CSV ausgeben, eine Zeile pro Ressource.</translation>
    </message>
    <message>
        <source>savings takes no arguments.</source>
        <translation>savings erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Entweder --json oder --csv angeben.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a date: use YYYY-MM-DD or an ISO 8601 time with its zone, for example 2026-12-01T08:00:00Z.</source>
        <translation>--%1 „%2“ ist kein Datum: Verwenden Sie YYYY-MM-DD oder eine ISO-8601-Zeit mit Zeitzone, zum Beispiel 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>No pauses in workspace %1 in that time.</source>
        <translation>Keine Pausen in Workspace %1 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>no price set</source>
        <translation>kein Preis festgelegt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>RESSOURCENFORM</translation>
    </message>
    <message>
        <source>PAUSED H</source>
        <translation>PAUSIERT STD</translation>
    </message>
    <message>
        <source>REPLICA-H</source>
        <translation>REPLIKAT-STD</translation>
    </message>
    <message>
        <source>GPU-H</source>
        <translation>GPU-STD</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>GESPART</translation>
    </message>
    <message>
        <source>Total: %1 GPU-hours, %2 replica-hours not spent over %3 paused hours</source>
        <translation>Gesamt: %1 GPU-Stunden, %2 Replikatstunden nicht verbraucht in %3 pausierten Stunden</translation>
    </message>
    <message>
        <source>; %1 %2 saved</source>
        <translation>; %1 %2 gespart</translation>
    </message>
    <message>
        <source>Counted at the minimum replicas each had before its pause: a floor, not what autoscaling might have run.</source>
        <translation>Gezählt mit der Mindestzahl an Replikaten, die jedes vor seiner Pause hatte: eine Untergrenze, nicht das, was das Autoscaling hätte laufen lassen können.</translation>
    </message>
    <message>
        <source>--until is in the future: open pauses are counted as if they stay paused.</source>
        <translation>--until liegt in der Zukunft: Offene Pausen werden gezählt, als blieben sie pausiert.</translation>
    </message>
</context>
<context>
    <name>SavingsLoader</name>
    <message>
        <source>There is no store to read the pauses from.</source>
        <translation>Es gibt keinen Speicher, aus dem die Pausen gelesen werden können.</translation>
    </message>
    <message>
        <source>The workspace's shapes could not be read (%1); accelerators come from the paused deployments' own specs.</source>
        <translation>Die Ressourcenformen des Workspaces konnten nicht gelesen werden (%1); die Beschleuniger stammen aus den Spezifikationen der pausierten Deployments selbst.</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This store keeps no prices.</source>
        <translation>Dieser Speicher führt keine Preise.</translation>
    </message>
    <message>
        <source>The prices could not be read: %1</source>
        <translation>Die Preise konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SavingsTableModel</name>
    <message>
        <source>%1 (still paused)</source>
        <translation>%1 (noch pausiert)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown: the shape's accelerators are not known</source>
        <translation>unbekannt: Die Beschleuniger der Ressourcenform sind nicht bekannt</translation>
    </message>
    <message>
        <source>no price set</source>
        <translation>kein Preis festgelegt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Ressourcenform</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Hours paused</source>
        <translation>Pausierte Stunden</translation>
    </message>
    <message>
        <source>Saved min replicas × hours paused</source>
        <translation>Gespeicherte Mindestreplikate × pausierte Stunden</translation>
    </message>
    <message>
        <source>Replica-hours</source>
        <translation>Replikatstunden</translation>
    </message>
    <message>
        <source>Saved min replicas × accelerators per replica × hours paused</source>
        <translation>Gespeicherte Mindestreplikate × Beschleuniger pro Replikat × pausierte Stunden</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Replica-hours × the shape's price</source>
        <translation>Replikatstunden × Preis der Ressourcenform</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
</context>
<context>
    <name>SavingsView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Einsparungen</translation>
    </message>
    <message>
        <source>Counted at the minimum replicas each resource had before its pause (what Resume gives back): a floor, not what autoscaling might have run. Money only for shapes with a price.</source>
        <translation>Gezählt mit der Mindestzahl an Replikaten, die jede Ressource vor ihrer Pause hatte (was Fortsetzen zurückgibt): eine Untergrenze, nicht das, was das Autoscaling hätte laufen lassen können. Geldbeträge nur für Ressourcenformen mit Preis.</translation>
    </message>
    <message>
        <source>Show the chart's figures as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Set what one replica of each shape costs per hour</source>
        <translation>Festlegen, was ein Replikat jeder Ressourcenform pro Stunde kostet</translation>
    </message>
    <message>
        <source>GPU-hours saved per week</source>
        <translation>Gesparte GPU-Stunden pro Woche</translation>
    </message>
    <message>
        <source>Chart: GPU-hours saved per week, by deployment</source>
        <translation>Diagramm: gesparte GPU-Stunden pro Woche, nach Deployment</translation>
    </message>
    <message>
        <source>GPU-hours saved per week, by deployment (table)</source>
        <translation>Gesparte GPU-Stunden pro Woche, nach Deployment (Tabelle)</translation>
    </message>
    <message>
        <source>Savings per resource</source>
        <translation>Einsparungen pro Ressource</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Kein Workspace.</translation>
    </message>
    <message>
        <source>Reading the pause ledger…</source>
        <translation>Pausenregister wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s): %1 GPU-hours and %2 replica-hours not spent over %3 hours paused</source>
        <translation>
            <numerusform>Letzte %n Woche: %1 GPU-Stunden und %2 Replikatstunden nicht verbraucht in %3 pausierten Stunden</numerusform>
            <numerusform>Letzte %n Wochen: %1 GPU-Stunden und %2 Replikatstunden nicht verbraucht in %3 pausierten Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 %2 saved</source>
        <translation>; %1 %2 gespart</translation>
    </message>
    <message>
        <source>; no money figure (no price set for these shapes)</source>
        <translation>; kein Geldbetrag (für diese Ressourcenformen ist kein Preis festgelegt)</translation>
    </message>
    <message>
        <source>%1 (%2 GPU-hours)</source>
        <translation>%1 (%2 GPU-Stunden)</translation>
    </message>
    <message>
        <source>No GPU-hours saved in these weeks.</source>
        <translation>In diesen Wochen wurden keine GPU-Stunden gespart.</translation>
    </message>
    <message>
        <source>Top savers: %1.</source>
        <translation>Am meisten gespart: %1.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>%1 weeks; the most GPU-hours saved in %2: %3. The same figures: Show as table.</source>
        <translation>%1 Wochen; die meisten GPU-Stunden gespart in %2: %3. Dieselben Zahlen: Als Tabelle zeigen.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>GPU-hours, all</source>
        <translation>GPU-Stunden, alle</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <source>Export Savings</source>
        <translation>Einsparungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week's Monday under the savings chart</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The time zone of the schedule of %1 is not valid.</source>
        <translation>Die Zeitzone des Zeitplans von %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The schedule of %1 needs both a pause and a resume time.</source>
        <translation>Der Zeitplan von %1 benötigt sowohl eine Pausier- als auch eine Fortsetzungszeit.</translation>
    </message>
    <message>
        <source>The schedule of %1 pauses and resumes at the same time (%2 and %3).</source>
        <translation>Der Zeitplan von %1 pausiert und setzt zur selben Zeit fort (%2 und %3).</translation>
    </message>
    <message>
        <source>The schedule of %1/%2 cannot be read: %3</source>
        <translation>Der Zeitplan von %1/%2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>unknown kind "%1".</source>
        <translation>unbekannte Art „%1“.</translation>
    </message>
    <message>
        <source>pause "%1": %2</source>
        <translation>Pausieren „%1“: %2</translation>
    </message>
    <message>
        <source>resume "%1": %2</source>
        <translation>Fortsetzen „%1“: %2</translation>
    </message>
    <message>
        <source>"%1" is not a time zone this system knows (use an IANA name such as Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>ScheduleBoard</name>
    <message>
        <source>This store keeps no schedules.</source>
        <translation>Dieser Speicher verwaltet keine Zeitpläne.</translation>
    </message>
    <message>
        <source>held by %1 until %2</source>
        <translation>gesperrt von %1 bis %2</translation>
    </message>
    <message>
        <source>wake-up by %1 ends</source>
        <translation>Aufwecken durch %1 endet</translation>
    </message>
    <message>
        <source>pause %1 · resume %2 (%3)</source>
        <translation>Pausieren %1 · Fortsetzen %2 (%3)</translation>
    </message>
    <message>
        <source> · except %1</source>
        <translation> · außer %1</translation>
    </message>
    <message>
        <source> · resumes over changes (force)</source>
        <translation> · setzt trotz Änderungen fort (erzwingen)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>⚠ schedule %1</source>
        <translation>⚠ Zeitplan %1</translation>
    </message>
    <message>
        <source>The scheduled %1 at %2 %3: %4</source>
        <translation>Das geplante %1 um %2 %3: %4</translation>
    </message>
    <message>
        <source>🔒 held until %1</source>
        <translation>🔒 gesperrt bis %1</translation>
    </message>
    <message>
        <source>Held by %1 until %2: %3. Schedules leave it as it is.</source>
        <translation>Gesperrt von %1 bis %2: %3. Zeitpläne lassen es unverändert.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>awake until %1</source>
        <translation>wach bis %1</translation>
    </message>
    <message>
        <source>Woken by %1; pauses again at %2.</source>
        <translation>Aufgeweckt von %1; pausiert wieder um %2.</translation>
    </message>
    <message>
        <source>next: pauses %1</source>
        <translation>nächstes: pausiert %1</translation>
    </message>
    <message>
        <source>next: resumes %1</source>
        <translation>nächstes: setzt fort %1</translation>
    </message>
    <message>
        <source>Schedule: %1.</source>
        <translation>Zeitplan: %1.</translation>
    </message>
    <message>
        <source>⚠ schedule unreadable</source>
        <translation>⚠ Zeitplan nicht lesbar</translation>
    </message>
    <message>
        <source>Schedules need a store that keeps them.</source>
        <translation>Zeitpläne benötigen einen Speicher, der sie verwaltet.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Pause and resume resources on a weekly schedule: set, list, remove, run what is due, install a timer.</source>
        <translation>Ressourcen nach einem wöchentlichen Zeitplan pausieren und fortsetzen: set, list, remove, run für Fälliges, install für einen Timer.</translation>
    </message>
    <message>
        <source>With set: when to pause, e.g. "Mon-Fri 20:00", "Sat,Sun 09:00", "daily 22:00".</source>
        <translation>Mit set: wann pausiert wird, z. B. "Mon-Fri 20:00", "Sat,Sun 09:00", "daily 22:00".</translation>
    </message>
    <message>
        <source>With set: when to resume, e.g. "Mon-Fri 07:30".</source>
        <translation>Mit set: wann fortgesetzt wird, z. B. "Mon-Fri 07:30".</translation>
    </message>
    <message>
        <source>With set: the time zone of the times, an IANA name such as Europe/Berlin (default: this computer's, %1).</source>
        <translation>Mit set: die Zeitzone der Zeiten, ein IANA-Name wie Europe/Berlin (Standard: die dieses Computers, %1).</translation>
    </message>
    <message>
        <source>With set: dates with no pause or resume, e.g. 2026-12-24..2027-01-01 (repeat for more).</source>
        <translation>Mit set: Daten ohne Pausieren oder Fortsetzen, z. B. 2026-12-24..2027-01-01 (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>With set: resume even over changes made on the server while paused.</source>
        <translation>Mit set: auch fortsetzen, wenn während der Pause Änderungen auf dem Server vorgenommen wurden.</translation>
    </message>
    <message>
        <source>With run and list: act as if it were TIME (ISO 8601).</source>
        <translation>Mit run und list: so tun, als wäre es TIME (ISO 8601).</translation>
    </message>
    <message>
        <source>With run: say what is due, change nothing.</source>
        <translation>Mit run: anzeigen, was fällig ist, nichts ändern.</translation>
    </message>
    <message>
        <source>With run: carry out missed transitions up to &lt;duration&gt; old (default: the setting, 6h).</source>
        <translation>Mit run: verpasste Übergänge bis zu &lt;duration&gt; alt ausführen (Standard: die Einstellung, 6h).</translation>
    </message>
    <message>
        <source>With list and run: print JSON.</source>
        <translation>Mit list und run: JSON ausgeben.</translation>
    </message>
    <message>
        <source>With install: print a crontab line instead of writing systemd units.</source>
        <translation>Mit install: eine crontab-Zeile ausgeben, statt systemd-Units zu schreiben.</translation>
    </message>
    <message>
        <source>With install: where to write the units (default ~/.config/systemd/user).</source>
        <translation>Mit install: wohin die Units geschrieben werden (Standard ~/.config/systemd/user).</translation>
    </message>
    <message>
        <source>With install: run every &lt;minutes&gt; (default 5).</source>
        <translation>Mit install: alle &lt;minutes&gt; ausführen (Standard 5).</translation>
    </message>
    <message>
        <source>set KIND/NAME, list, remove KIND/NAME, run, or install.</source>
        <translation>set KIND/NAME, list, remove KIND/NAME, run oder install.</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <source>schedule list takes no more arguments.</source>
        <translation>schedule list nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>--catch-up: %1</source>
        <translation>--catch-up: %1</translation>
    </message>
    <message>
        <source>schedule run takes no more arguments.</source>
        <translation>schedule run nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>--every takes a number of minutes from 1 to 59, not "%1".</source>
        <translation>--every erwartet eine Anzahl Minuten von 1 bis 59, nicht „%1“.</translation>
    </message>
    <message>
        <source>schedule install takes no more arguments.</source>
        <translation>schedule install nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>Usage: schedule remove KIND/NAME</source>
        <translation>Verwendung: schedule remove KIND/NAME</translation>
    </message>
    <message>
        <source>Usage: schedule set KIND/NAME --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30" [--tz ZONE] [--except A..B]... [--force]</source>
        <translation>Verwendung: schedule set KIND/NAME --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30" [--tz ZONE] [--except A..B]... [--force]</translation>
    </message>
    <message>
        <source>schedule set needs both --pause and --resume, for example --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30".</source>
        <translation>schedule set benötigt sowohl --pause als auch --resume, zum Beispiel --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30".</translation>
    </message>
    <message>
        <source>--pause "%1": %2</source>
        <translation>--pause "%1": %2</translation>
    </message>
    <message>
        <source>--resume "%1": %2</source>
        <translation>--resume "%1": %2</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz: %1</translation>
    </message>
    <message>
        <source>--except: %1</source>
        <translation>--except: %1</translation>
    </message>
    <message>
        <source>Unknown action "%1": use set, list, remove, run or install.</source>
        <translation>Unbekannte Aktion „%1“: verwenden Sie set, list, remove, run oder install.</translation>
    </message>
    <message>
        <source>This store keeps no schedules.</source>
        <translation>Dieser Speicher verwaltet keine Zeitpläne.</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Der Zeitplan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Schedule of %1: pause %2, resume %3 (%4)%5%6.
Next pause: %7
Next resume: %8</source>
        <translation>Zeitplan von %1: Pausieren %2, Fortsetzen %3 (%4)%5%6.
Nächstes Pausieren: %7
Nächstes Fortsetzen: %8</translation>
    </message>
    <message>
        <source>, except %1</source>
        <translation>, außer %1</translation>
    </message>
    <message>
        <source>, resumes over changes (--force)</source>
        <translation>, setzt trotz Änderungen fort (--force)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The schedule could not be removed: %1</source>
        <translation>Der Zeitplan konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed the schedule of %1.</source>
        <translation>Der Zeitplan von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 had no schedule; nothing changed.</source>
        <translation>%1 hatte keinen Zeitplan; nichts geändert.</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1</source>
        <translation>Die Zeitpläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The holds could not be read: %1</source>
        <translation>Die Sperren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wake-ups could not be read: %1</source>
        <translation>Die Aufweckvorgänge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>held until %1 by %2 (%3)</source>
        <translation>gesperrt bis %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>awake until %1</source>
        <translation>wach bis %1</translation>
    </message>
    <message>
        <source>No schedules. Set one with: schedule set KIND/NAME --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30"</source>
        <translation>Keine Zeitpläne. Legen Sie einen fest mit: schedule set KIND/NAME --pause "Mon-Fri 20:00" --resume "Mon-Fri 07:30"</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>PAUSE</source>
        <translation>PAUSIEREN</translation>
    </message>
    <message>
        <source>RESUME</source>
        <translation>FORTSETZEN</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>NEXT PAUSE</source>
        <translation>NÄCHSTES PAUSIEREN</translation>
    </message>
    <message>
        <source>NEXT RESUME</source>
        <translation>NÄCHSTES FORTSETZEN</translation>
    </message>
    <message>
        <source>EXCEPT</source>
        <translation>AUSSER</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>Nothing due at %1.</source>
        <translation>Nichts fällig um %1.</translation>
    </message>
    <message>
        <source># Add this line with: crontab -e</source>
        <translation># Diese Zeile hinzufügen mit: crontab -e</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Enable the timer with:
  systemctl --user daemon-reload
  systemctl --user enable --now %1
See its runs with: journalctl --user -u %2</source>
        <translation>Aktivieren Sie den Timer mit:
  systemctl --user daemon-reload
  systemctl --user enable --now %1
Seine Ausführungen anzeigen mit: journalctl --user -u %2</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Pause and resume at these times every week. Days: Mon..Sun, ranges Mon-Fri, lists Sat,Sun, or daily.</source>
        <translation>Jede Woche zu diesen Zeiten pausieren und fortsetzen. Tage: Mon..Sun, Bereiche Mon-Fri, Listen Sat,Sun oder daily.</translation>
    </message>
    <message>
        <source>&amp;Pause at:</source>
        <translation>&amp;Pausieren um:</translation>
    </message>
    <message>
        <source>Mon-Fri 20:00</source>
        <translation>Mon-Fri 20:00</translation>
    </message>
    <message>
        <source>Pause at</source>
        <translation>Pausieren um</translation>
    </message>
    <message>
        <source>&amp;Resume at:</source>
        <translation>&amp;Fortsetzen um:</translation>
    </message>
    <message>
        <source>Mon-Fri 07:30</source>
        <translation>Mon-Fri 07:30</translation>
    </message>
    <message>
        <source>Resume at</source>
        <translation>Fortsetzen um</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Except:</source>
        <translation>&amp;Außer:</translation>
    </message>
    <message>
        <source>2026-12-24..2027-01-01, 2027-04-05</source>
        <translation>2026-12-24..2027-01-01, 2027-04-05</translation>
    </message>
    <message>
        <source>Exception dates</source>
        <translation>Ausnahmedaten</translation>
    </message>
    <message>
        <source>Resume even when the deployment was &amp;changed on the server while paused</source>
        <translation>Auch fortsetzen, wenn das Deployment während der Pause auf dem Server &amp;geändert wurde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Set Schedule for %1</source>
        <translation>Zeitplan für %1 festlegen</translation>
    </message>
    <message>
        <source>Edit Schedule of %1</source>
        <translation>Zeitplan von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Say when to pause, e.g. "Mon-Fri 20:00".</source>
        <translation>Geben Sie an, wann pausiert werden soll, z. B. "Mon-Fri 20:00".</translation>
    </message>
    <message>
        <source>Say when to resume, e.g. "Mon-Fri 07:30".</source>
        <translation>Geben Sie an, wann fortgesetzt werden soll, z. B. "Mon-Fri 07:30".</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pausieren: %1</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Fortsetzen: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Except: %1</source>
        <translation>Außer: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleRunner</name>
    <message>
        <source>Paused by the schedule of %1 (pause %2, resume %3, %4), due %5.</source>
        <translation>Pausiert durch den Zeitplan von %1 (Pausieren %2, Fortsetzen %3, %4), fällig %5.</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1</source>
        <translation>Die Zeitpläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Expired holds could not be removed: %1</source>
        <translation>Abgelaufene Sperren konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 skipped: held by %3 until %4 (%5).</source>
        <translation>%1: %2 übersprungen: gesperrt von %3 bis %4 (%5).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: pause skipped: awake until %2.</source>
        <translation>%1: Pausieren übersprungen: wach bis %2.</translation>
    </message>
    <message>
        <source>%1: the wake-up would end (a scheduled transition came after it).</source>
        <translation>%1: das Aufwecken würde enden (ein geplanter Übergang folgte danach).</translation>
    </message>
    <message>
        <source>%1: the wake-up ended (a scheduled transition came after it).</source>
        <translation>%1: das Aufwecken wurde beendet (ein geplanter Übergang folgte danach).</translation>
    </message>
    <message>
        <source>%1: the wake-up could not be removed: %2</source>
        <translation>%1: das Aufwecken konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1: the %2 due %3 was already carried out by %4 at %5%6.</source>
        <translation>%1: %2 (fällig %3) wurde bereits von %4 um %5%6 ausgeführt.</translation>
    </message>
    <message>
        <source>%1: would %2 (due %3).</source>
        <translation>%1: würde %2 (fällig %3).</translation>
    </message>
    <message>
        <source>%1: the %2 due %3 could not be claimed, so it was not carried out: %4</source>
        <translation>%1: %2 (fällig %3) konnte nicht beansprucht werden und wurde daher nicht ausgeführt: %4</translation>
    </message>
    <message>
        <source>%1: paused (due %2).</source>
        <translation>%1: pausiert (fällig %2).</translation>
    </message>
    <message>
        <source>%1: resumed with its saved replicas (due %2).</source>
        <translation>%1: mit den gespeicherten Replikaten fortgesetzt (fällig %2).</translation>
    </message>
    <message>
        <source>%1: %2 due %3: %4</source>
        <translation>%1: %2 fällig %3: %4</translation>
    </message>
    <message>
        <source>%1: not resumed (due %2): it was changed on the server while paused (%3). Resume it by hand, or set the schedule with --force.</source>
        <translation>%1: nicht fortgesetzt (fällig %2): es wurde während der Pause auf dem Server geändert (%3). Setzen Sie es manuell fort oder legen Sie den Zeitplan mit --force fest.</translation>
    </message>
    <message>
        <source>%1: the %2 due %3 failed: %4</source>
        <translation>%1: %2 (fällig %3) ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Paused again: the wake-up of %1 ended at %2.</source>
        <translation>Wieder pausiert: das Aufwecken von %1 endete um %2.</translation>
    </message>
    <message>
        <source>Its claim could not be updated: %1</source>
        <translation>Der zugehörige Anspruch konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The wake-up could not be removed: %1</source>
        <translation>Das Aufwecken konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Set Schedule…</source>
        <translation>Zeitplan festlegen…</translation>
    </message>
    <message>
        <source>Remove Schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Wake for…</source>
        <translation>Wecken für…</translation>
    </message>
    <message>
        <source>Resume now and pause again when the time is up</source>
        <translation>Jetzt fortsetzen und nach Ablauf der Zeit wieder pausieren</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Select a resource to see its schedule.</source>
        <translation>Wähle eine Ressource, um ihren Zeitplan zu sehen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Pauses %1, resumes %2</source>
        <translation>Pausiert %1, setzt fort %2</translation>
    </message>
    <message>
        <source>Except %1</source>
        <translation>Außer %1</translation>
    </message>
    <message>
        <source>Resumes even when the deployment was changed while paused.</source>
        <translation>Setzt auch fort, wenn das Deployment während der Pause geändert wurde.</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Festgelegt von %1</translation>
    </message>
    <message>
        <source>Next pause: %1
Next resume: %2</source>
        <translation>Nächste Pause: %1
Nächste Fortsetzung: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Edit Schedule…</source>
        <translation>Zeitplan bearbeiten…</translation>
    </message>
    <message>
        <source>No schedule: %1 is paused and resumed by hand.</source>
        <translation>Kein Zeitplan: %1 wird von Hand pausiert und fortgesetzt.</translation>
    </message>
    <message>
        <source>The stored schedule does not read: %1</source>
        <translation>Der gespeicherte Zeitplan ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>🔒 Held by %1 until %2: %3</source>
        <translation>🔒 Gehalten von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Awake until %1 (woken by %2), then paused again.</source>
        <translation>Wach bis %1 (geweckt von %2), danach wieder pausiert.</translation>
    </message>
    <message>
        <source>⚠ The scheduled %1 at %2 %3: %4</source>
        <translation>⚠ %1 (geplant) um %2 %3: %4</translation>
    </message>
    <message>
        <source>Wake %1</source>
        <translation>%1 wecken</translation>
    </message>
    <message>
        <source>Resume %1 now and pause it again after:</source>
        <translation>%1 jetzt fortsetzen und wieder pausieren nach:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <source>A schedule needs a workspace, a kind and a name.</source>
        <translation>Ein Zeitplan braucht einen Workspace, eine Art und einen Namen.</translation>
    </message>
    <message>
        <source>A hold needs a workspace, a kind, a name and an end time.</source>
        <translation>Ein Halt braucht einen Workspace, eine Art, einen Namen und eine Endzeit.</translation>
    </message>
    <message>
        <source>A wake-up needs a workspace, a kind, a name and an end time.</source>
        <translation>Ein Wecken braucht einen Workspace, eine Art, einen Namen und eine Endzeit.</translation>
    </message>
    <message>
        <source>A transition claim needs a workspace, a resource, "pause" or "resume" and a time.</source>
        <translation>Ein Übergangsanspruch braucht einen Workspace, eine Ressource, "pause" oder "resume" und eine Zeit.</translation>
    </message>
    <message>
        <source>The transition claim was not stored.</source>
        <translation>Der Übergangsanspruch wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SchedulesPlanModel</name>
    <message>
        <source>When (local)</source>
        <translation>Wann (lokal)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Held?</source>
        <translation>Gehalten?</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>🔒 held: skipped</source>
        <translation>🔒 gehalten: übersprungen</translation>
    </message>
    <message>
        <source>In the schedule's zone: %1</source>
        <translation>In der Zeitzone des Zeitplans: %1</translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message>
        <source>Schedules — Lepton Console</source>
        <translation>Zeitpläne — Lepton Console</translation>
    </message>
    <message>
        <source>Planned pauses and resumes</source>
        <translation>Geplante Pausen und Fortsetzungen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Workspace ist geöffnet.</translation>
    </message>
    <message>
        <source>Nothing is planned for the next 7 days. Set a schedule on the Schedule tab of a resource's details, or with lepton-console-cli schedule set.</source>
        <translation>Für die nächsten 7 Tage ist nichts geplant. Lege einen Zeitplan im Tab Zeitplan der Details einer Ressource fest oder mit lepton-console-cli schedule set.</translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s) planned for the next 7 days, as the runner will carry them out (times local and UTC).</source>
        <translation>
            <numerusform>%n Übergang in den nächsten 7 Tagen geplant, so wie der Runner ihn ausführt (Zeiten lokal und UTC).</numerusform>
            <numerusform>%n Übergänge in den nächsten 7 Tagen geplant, so wie der Runner sie ausführt (Zeiten lokal und UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1/%2: the scheduled %3 %4: %5</source>
        <translation>⚠ %1/%2: %3 (geplant) %4: %5</translation>
    </message>
</context>
<context>
    <name>SetReplicasCommand</name>
    <message>
        <source>Change a deployment's replicas; for a paused one, what Resume brings back.</source>
        <translation>Die Replikate eines Deployments ändern; bei einem pausierten das, was Fortsetzen wiederherstellt.</translation>
    </message>
    <message>
        <source>Minimum replicas.</source>
        <translation>Minimale Replikate.</translation>
    </message>
    <message>
        <source>Maximum replicas (default: unchanged, raised to --min if below).</source>
        <translation>Maximale Replikate (Standard: unverändert; wird auf --min angehoben, falls darunter).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>set-replicas takes exactly one deployment name.</source>
        <translation>set-replicas erwartet genau einen Deployment-Namen.</translation>
    </message>
    <message>
        <source>Give --min, --max or both.</source>
        <translation>--min, --max oder beides angeben.</translation>
    </message>
    <message>
        <source>--max (%1) cannot be below --min (%2).</source>
        <translation>--max (%1) darf nicht unter --min (%2) liegen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--max %1 is below the minimum of %2 (%3); give --min too.</source>
        <translation>--max %1 liegt unter dem Minimum von %2 (%3); geben Sie auch --min an.</translation>
    </message>
    <message>
        <source>%1 was resumed meanwhile; nothing was changed.</source>
        <translation>%1 wurde inzwischen fortgesetzt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The server refused the new replicas of %1: %2</source>
        <translation>Der Server hat die neuen Replikate von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 stays paused; Resume will bring back %2 replicas.</source>
        <translation>%1 bleibt pausiert; Fortsetzen bringt %2 Replikate zurück.</translation>
    </message>
    <message>
        <source>%1 already has %2 replicas.</source>
        <translation>%1 hat bereits %2 Replikate.</translation>
    </message>
    <message>
        <source>%1 now has %2 replicas.</source>
        <translation>%1 hat jetzt %2 Replikate.</translation>
    </message>
    <message>
        <source>The deployment; KIND is endpoint (the default) or pod (a legacy dev pod).</source>
        <translation>Das Deployment; ART ist endpoint (Standard) oder pod (ein Dev-Pod der alten API).</translation>
    </message>
    <message>
        <source>set-replicas changes the replicas of an endpoint or a legacy dev pod; a Ray cluster's worker groups are not changed here (pause and resume keep them).</source>
        <translation>set-replicas ändert die Replikate eines Endpunkts oder eines Dev-Pods der alten API; die Worker-Gruppen eines Ray-Clusters werden hier nicht geändert (Pausieren und Fortsetzen behalten sie).</translation>
    </message>
    <message>
        <source>There is no %1 %2: %2 is a %3.</source>
        <translation>Es gibt kein %1 %2: %2 ist ein %3.</translation>
    </message>
    <message>
        <source>%1 is a dev pod on the new API, which has no replica count; use pause and resume to stop and start it.</source>
        <translation>%1 ist ein Dev-Pod der neuen API, der keine Replikatzahl hat; stoppen und starten Sie ihn mit pause und resume.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Apply the settings and close</source>
        <translation>Die Einstellungen übernehmen und schließen</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Die Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Close without applying</source>
        <translation>Schließen, ohne zu übernehmen</translation>
    </message>
</context>
<context>
    <name>SettleWatch</name>
    <message numerus="yes">
        <source>%n dev pod(s)</source>
        <translation>
            <numerusform>%n Dev-Pod</numerusform>
            <numerusform>%n Dev-Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause of %1 sent; waiting for the server to stop the pod.</source>
        <translation>Pause von %1 gesendet; warte, bis der Server den Pod stoppt.</translation>
    </message>
    <message>
        <source>Resume of %1 sent; waiting for the server to start the pod.</source>
        <translation>Fortsetzen von %1 gesendet; warte, bis der Server den Pod startet.</translation>
    </message>
    <message numerus="yes">
        <source>%n Ray cluster(s)</source>
        <translation>
            <numerusform>%n Ray-Cluster</numerusform>
            <numerusform>%n Ray-Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause of %1 sent; waiting for the server to suspend the cluster.</source>
        <translation>Pause von %1 gesendet; warte, bis der Server den Cluster suspendiert.</translation>
    </message>
    <message>
        <source>Resume of %1 sent; waiting for the server to start the cluster.</source>
        <translation>Fortsetzen von %1 gesendet; warte, bis der Server den Cluster startet.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause of %1 sent; waiting for the server to stop the replicas.</source>
        <translation>Pause von %1 gesendet; warte, bis der Server die Replikate stoppt.</translation>
    </message>
    <message>
        <source>Resume of %1 sent; waiting for the server to start the replicas.</source>
        <translation>Fortsetzen von %1 gesendet; warte, bis der Server die Replikate startet.</translation>
    </message>
</context>
<context>
    <name>ShapePrice</name>
    <message>
        <source>A price needs the name of a resource shape (for example gpu.a10).</source>
        <translation>Ein Preis braucht den Namen einer Ressourcenform (zum Beispiel gpu.a10).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code; use three letters, for example USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben, zum Beispiel USD oder EUR.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the window knows. Pause and Resume ask first unless this workspace was told not to; Edit &gt; Undo takes the last one back.</source>
        <translation>Jede Taste, die das Fenster kennt. Pausieren und Fortsetzen fragen zuerst, außer dieser Workspace ist anders eingestellt; Bearbeiten &gt; Rückgängig nimmt die letzte Aktion zurück.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SqlDatabase</name>
    <message>
        <source>Internal error while saving: %1</source>
        <translation>Interner Fehler beim Speichern: %1</translation>
    </message>
    <message>
        <source>Internal error while saving.</source>
        <translation>Interner Fehler beim Speichern.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Ein Schritt dieser Änderung schlug fehl, daher wurde nichts davon gespeichert.</translation>
    </message>
</context>
<context>
    <name>StatusBadgeDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show one deployment, with its saved (paused) values and notes.</source>
        <translation>Ein Deployment anzeigen, mit seinen gespeicherten (pausierten) Werten und Notizen.</translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation>JSON ausgeben (zum Format siehe README).</translation>
    </message>
    <message>
        <source>status takes exactly one deployment name.</source>
        <translation>status erwartet genau einen Deployment-Namen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation>Das Pausenregister konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (Server: %2)</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <source> (running: %1)</source>
        <translation> (laufend: %1)</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Ressourcenform:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Paused by:</source>
        <translation>Pausiert von:</translation>
    </message>
    <message>
        <source>Paused since:</source>
        <translation>Pausiert seit:</translation>
    </message>
    <message>
        <source> (not confirmed yet)</source>
        <translation> (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Resume brings back:</source>
        <translation>Fortsetzen stellt wieder her:</translation>
    </message>
    <message>
        <source>%1 replicas%2</source>
        <translation>%1 Replikate%2</translation>
    </message>
    <message>
        <source>, with its autoscaling</source>
        <translation>, mit seinem Autoscaling</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <source>Changed since the pause:</source>
        <translation>Seit der Pause geändert:</translation>
    </message>
    <message>
        <source>Notes (newest first):</source>
        <translation>Notizen (neueste zuerst):</translation>
    </message>
    <message>
        <source>Pause reason:</source>
        <translation>Grund der Pause:</translation>
    </message>
    <message>
        <source>The deployment; KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Das Deployment; ART ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>There is no %1 %2: %2 is a %3.</source>
        <translation>Es gibt kein %1 %2: %2 ist ein %3.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>the cluster running, with its worker groups' replicas</source>
        <translation>den laufenden Cluster mit den Replikaten seiner Worker-Gruppen</translation>
    </message>
    <message>
        <source>the pod running</source>
        <translation>den laufenden Pod</translation>
    </message>
    <message>
        <source>every component's replicas and autoscaling</source>
        <translation>Replikate und Autoskalierung jeder Komponente</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Pausing</source>
        <translation>Pausiert gerade</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused by the console.</source>
        <translation>Von der Konsole pausiert.</translation>
    </message>
    <message>
        <source>Server state: %1.</source>
        <translation>Serverstatus: %1.</translation>
    </message>
    <message>
        <source>The server did not report a state.</source>
        <translation>Der Server hat keinen Status gemeldet.</translation>
    </message>
    <message>
        <source>The server reported the state "%1", which this console does not know.</source>
        <translation>Der Server hat den Status „%1“ gemeldet, den diese Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Stopped outside the console: no saved replica count.</source>
        <translation>Außerhalb der Konsole gestoppt: keine gespeicherte Replikatzahl.</translation>
    </message>
    <message>
        <source>Server state: %1</source>
        <translation>Serverstatus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>A review was due on %1.</source>
        <translation>Eine Prüfung war am %1 fällig.</translation>
    </message>
    <message>
        <source>Stopped outside the console (min_replicas 0), so the console has no saved replica count; Resume asks how many replicas to bring back.</source>
        <translation>Außerhalb der Konsole gestoppt (min_replicas 0), daher hat die Konsole keine gespeicherte Replikatanzahl; Fortsetzen fragt, wie viele Replikate zurückkommen sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Scaled down to zero by the platform after no traffic; Resume brings it back with the %n replica(s) it is configured for.</source>
        <translation>
            <numerusform>Von der Plattform nach ausbleibendem Verkehr auf null herunterskaliert; Fortsetzen bringt es mit dem %n konfigurierten Replikat zurück.</numerusform>
            <numerusform>Von der Plattform nach ausbleibendem Verkehr auf null herunterskaliert; Fortsetzen bringt es mit den %n konfigurierten Replikaten zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle: the platform scaled it down to zero after no traffic, and it does not start again by itself. Nothing is lost; Resume restarts it with the %n replica(s) it is configured for.</source>
        <translation>
            <numerusform>Ruhend: Die Plattform hat es nach ausbleibendem Verkehr auf null herunterskaliert, und es startet nicht von selbst wieder. Nichts geht verloren; Fortsetzen startet es mit dem %n konfigurierten Replikat neu.</numerusform>
            <numerusform>Ruhend: Die Plattform hat es nach ausbleibendem Verkehr auf null herunterskaliert, und es startet nicht von selbst wieder. Nichts geht verloren; Fortsetzen startet es mit den %n konfigurierten Replikaten neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped outside the console: the console saved nothing for it.</source>
        <translation>Außerhalb der Konsole gestoppt: Die Konsole hat dafür nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stopped outside the console, so the console saved nothing for this dev pod; Resume starts it again and asks how many copies to run (usually 1).</source>
        <translation>Außerhalb der Konsole gestoppt, daher hat die Konsole für diesen Dev-Pod nichts gespeichert; Fortsetzen startet ihn wieder und fragt, wie viele Kopien laufen sollen (meist 1).</translation>
    </message>
    <message>
        <source>Stopped outside the console, so the console saved nothing for this dev pod; Resume starts it again as it is.</source>
        <translation>Außerhalb der Konsole gestoppt, daher hat die Konsole für diesen Dev-Pod nichts gespeichert; Fortsetzen startet ihn so wieder, wie er ist.</translation>
    </message>
    <message>
        <source>Suspended outside the console: the console saved nothing for it.</source>
        <translation>Außerhalb der Konsole angehalten: Die Konsole hat dafür nichts gespeichert.</translation>
    </message>
    <message>
        <source>Suspended outside the console, so the console saved nothing for this Ray cluster; Resume starts its head node and its worker groups as they are set now.</source>
        <translation>Außerhalb der Konsole angehalten, daher hat die Konsole für diesen Ray-Cluster nichts gespeichert; Fortsetzen startet seinen Head-Knoten und seine Worker-Gruppen so, wie sie jetzt eingestellt sind.</translation>
    </message>
    <message>
        <source>The console is pausing this dev pod.</source>
        <translation>Die Konsole pausiert diesen Dev-Pod.</translation>
    </message>
    <message>
        <source>The console is pausing this Ray cluster.</source>
        <translation>Die Konsole pausiert diesen Ray-Cluster.</translation>
    </message>
    <message>
        <source>The console is pausing this deployment.</source>
        <translation>Die Konsole pausiert dieses Deployment.</translation>
    </message>
    <message>
        <source>The console is resuming this dev pod.</source>
        <translation>Die Konsole setzt diesen Dev-Pod fort.</translation>
    </message>
    <message>
        <source>The console is resuming this Ray cluster.</source>
        <translation>Die Konsole setzt diesen Ray-Cluster fort.</translation>
    </message>
    <message>
        <source>The console is resuming this deployment.</source>
        <translation>Die Konsole setzt dieses Deployment fort.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Paused by %1 since %2; Resume starts the dev pod again as it was.</source>
        <translation>Pausiert von %1 seit %2; Fortsetzen startet den Dev-Pod so wieder, wie er war.</translation>
    </message>
    <message>
        <source>Paused by %1 since %2; Resume brings back its head node.</source>
        <translation>Pausiert von %1 seit %2; Fortsetzen bringt seinen Head-Knoten zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Paused by %1 since %2; Resume brings back its head node and its %n worker group(s) (%3).</source>
        <translation><numerusform>Pausiert von %1 seit %2; Fortsetzen bringt seinen Head-Knoten und seine %n Worker-Gruppe zurück (%3).</numerusform><numerusform>Pausiert von %1 seit %2; Fortsetzen bringt seinen Head-Knoten und seine %n Worker-Gruppen zurück (%3).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paused by %1 since %2; Resume brings back %n replica(s).</source>
        <translation><numerusform>Pausiert von %1 seit %2; Fortsetzen bringt %n Replikat zurück.</numerusform><numerusform>Pausiert von %1 seit %2; Fortsetzen bringt %n Replikate zurück.</numerusform></translation>
    </message>
    <message>
        <source>Paused by %1 since %2; Resume brings back %3 replicas.</source>
        <translation>Pausiert von %1 seit %2; Fortsetzen bringt %3 Replikate zurück.</translation>
    </message>
</context>
<context>
    <name>StatusReason</name>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageFactory</name>
    <message>
        <source>The store "%1" is neither a PostgreSQL URI (postgresql://user@host/database) nor sqlite: (the local file).</source>
        <translation>Der Speicher „%1“ ist weder eine PostgreSQL-URI (postgresql://benutzer@host/datenbank) noch sqlite: (die lokale Datei).</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Say which store keeps the pause ledger and notes: backend, server, user, schema, counts.</source>
        <translation>Sagen, welcher Speicher Pausen-Journal und Notizen führt: Backend, Server, Benutzer, Schema, Anzahlen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>What to do with the store (status: describe it).</source>
        <translation>Was mit dem Speicher geschehen soll (status: ihn beschreiben).</translation>
    </message>
    <message>
        <source>store takes one argument: status.</source>
        <translation>store nimmt ein Argument: status.</translation>
    </message>
    <message>
        <source>This store cannot describe itself.</source>
        <translation>Dieser Speicher kann sich nicht beschreiben.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Team store (PostgreSQL): %1
</source>
        <translation>Team-Speicher (PostgreSQL): %1
</translation>
    </message>
    <message>
        <source>Local file (SQLite): %1
</source>
        <translation>Lokale Datei (SQLite): %1
</translation>
    </message>
    <message>
        <source>Server: %1
Connected as: %2%3
Schema version: %4
</source>
        <translation>Server: %1
Verbunden als: %2%3
Schema-Version: %4
</translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation> (nur lesend)</translation>
    </message>
    <message>
        <source>Open pauses: %1
Past pauses: %2
Notes: %3</source>
        <translation>Offene Pausen: %1
Frühere Pausen: %2
Notizen: %3</translation>
    </message>
</context>
<context>
    <name>StoreConnectionTest</name>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connected, but the store could not be read: %1</source>
        <translation>Verbunden, aber der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connected as %1 to %2, schema %3 (%4). Open pauses: %5, notes: %6.</source>
        <translation>Als %1 mit %2 verbunden, Schema %3 (%4). Offene Pausen: %5, Notizen: %6.</translation>
    </message>
    <message>
        <source>This role may only read: Pause, Resume and notes would be refused.</source>
        <translation>Diese Rolle darf nur lesen: Pausieren, Fortsetzen und Notizen würden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>Enter the server's host name (or its socket folder).</source>
        <translation>Geben Sie den Hostnamen des Servers (oder seinen Socket-Ordner) ein.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Geben Sie den Datenbankbenutzer ein.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>StoreStatusIndicator</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>This computer: the local store could not be opened</source>
        <translation>Dieser Computer: Der lokale Speicher konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Pauses and notes are kept on this computer, in %1.</source>
        <translation>Pausen und Notizen werden auf diesem Computer gespeichert, in %1.</translation>
    </message>
    <message>
        <source>Team store: connecting to %1…</source>
        <translation>Team-Speicher: Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to the team store %1.</source>
        <translation>Verbindung mit dem Team-Speicher %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Team store: %1 · live, read only</source>
        <translation>Team-Speicher: %1 · live, nur lesend</translation>
    </message>
    <message>
        <source>Team store: %1 · live</source>
        <translation>Team-Speicher: %1 · live</translation>
    </message>
    <message>
        <source>Shared with every console and script on %1. This database role may only read: Pause, Resume and notes are refused.</source>
        <translation>Geteilt mit jeder Konsole und jedem Skript auf %1. Diese Datenbankrolle darf nur lesen: Pausieren, Fortsetzen und Notizen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Shared, live, with every console and script on %1.</source>
        <translation>Live geteilt mit jeder Konsole und jedem Skript auf %1.</translation>
    </message>
    <message>
        <source>Team store unreachable since %1: changes are refused, nothing is paused</source>
        <translation>Team-Speicher seit %1 nicht erreichbar: Änderungen werden abgelehnt, nichts wird pausiert</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
</context>
<context>
    <name>TeamStorePage</name>
    <message>
        <source>Where this console keeps the pause ledger (what Resume gives back) and the notes. A team store on PostgreSQL is shared, live, by every console and script that uses it.</source>
        <translation>Wo diese Konsole das Pausenregister (was Fortsetzen zurückgibt) und die Notizen ablegt. Ein Team-Speicher auf PostgreSQL wird live von jeder Konsole und jedem Skript geteilt, die ihn verwenden.</translation>
    </message>
    <message>
        <source>Store chosen outside the settings</source>
        <translation>Außerhalb der Einstellungen gewählter Speicher</translation>
    </message>
    <message>
        <source>This computer only (&amp;SQLite)</source>
        <translation>Nur dieser Computer (&amp;SQLite)</translation>
    </message>
    <message>
        <source>This computer only (SQLite)</source>
        <translation>Nur dieser Computer (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Team store (PostgreSQL)</source>
        <translation>&amp;Team-Speicher (PostgreSQL)</translation>
    </message>
    <message>
        <source>Team store (PostgreSQL)</source>
        <translation>Team-Speicher (PostgreSQL)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: ~/.pgpass or none</source>
        <translation>im System-Schlüsselbund gespeichert; leer: ~/.pgpass oder keines</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server offers it</source>
        <translation>prefer: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require: always encrypt, any certificate</source>
        <translation>require: immer verschlüsseln, beliebiges Zertifikat</translation>
    </message>
    <message>
        <source>verify-full: encrypt and check the server's certificate and name (recommended)</source>
        <translation>verify-full: verschlüsseln und Zertifikat und Namen des Servers prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Team store result</source>
        <translation>Ergebnis zum Team-Speicher</translation>
    </message>
    <message>
        <source>Team Store</source>
        <translation>Team-Speicher</translation>
    </message>
    <message>
        <source>This console uses %1, named by --store or LEPTON_CONSOLE_STORE: it wins over the choice below, which applies once neither is set.</source>
        <translation>Diese Konsole verwendet %1, angegeben durch --store oder LEPTON_CONSOLE_STORE: Das hat Vorrang vor der Auswahl unten, die erst gilt, wenn keines von beiden gesetzt ist.</translation>
    </message>
    <message>
        <source>The saved password could not be read from the keychain: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain, so nothing was changed: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Saved. --store or LEPTON_CONSOLE_STORE still wins while it is set.</source>
        <translation>Gespeichert. --store oder LEPTON_CONSOLE_STORE hat weiterhin Vorrang, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>Saved: this console now uses the team store %1.</source>
        <translation>Gespeichert: Diese Konsole verwendet jetzt den Team-Speicher %1.</translation>
    </message>
    <message>
        <source>Saved: this console now keeps its pauses and notes on this computer.</source>
        <translation>Gespeichert: Diese Konsole speichert ihre Pausen und Notizen jetzt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Mit keinem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Termination records could not be read: %1</source>
        <translation>Beendigungsdatensätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Readiness could not be read: %1</source>
        <translation>Bereitschaft konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TimelineRecord</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n times)</source>
        <translation>
            <numerusform>%1: %2 (%n-mal)</numerusform>
            <numerusform>%1: %2 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>%1 (last seen %2)</source>
        <translation>%1 (zuletzt gesehen %2)</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Replica %1: %2</source>
        <translation>Replica %1: %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Replica exited: %1 (exit code %2)</source>
        <translation>Replica beendet: %1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>Replica %1 ran %2</source>
        <translation>Replica %1 lief %2</translation>
    </message>
    <message>
        <source>Last change (version %1)</source>
        <translation>Letzte Änderung (Version %1)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>The server's last change to the spec</source>
        <translation>Die letzte Änderung des Servers an der Spezifikation</translation>
    </message>
    <message>
        <source>Changed by %1 (the server's last change to the spec)</source>
        <translation>Geändert von %1 (die letzte Änderung des Servers an der Spezifikation)</translation>
    </message>
    <message>
        <source>Pausing (not confirmed)</source>
        <translation>Pausieren (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Pause abandoned</source>
        <translation>Pause aufgegeben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
    <message>
        <source>Alert: %1 (open)</source>
        <translation>Warnung: %1 (offen)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <source>Alert ended: %1</source>
        <translation>Warnung beendet: %1</translation>
    </message>
    <message>
        <source>The condition raised at %1 is over</source>
        <translation>Der um %1 gemeldete Zustand ist vorbei</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Show the server's events</source>
        <translation>Ereignisse des Servers zeigen</translation>
    </message>
    <message>
        <source>Events, readiness issues, replica terminations and the last change, as the Lepton API tells them</source>
        <translation>Ereignisse, Bereitschaftsprobleme, Beendigungen von Replicas und die letzte Änderung, wie die Lepton API sie meldet</translation>
    </message>
    <message>
        <source>Con&amp;sole</source>
        <translation>Kon&amp;sole</translation>
    </message>
    <message>
        <source>Show the console's history</source>
        <translation>Verlauf der Konsole zeigen</translation>
    </message>
    <message>
        <source>Pauses, resumes and notes made with this console or lepton-console-cli</source>
        <translation>Pausen, Fortsetzungen und Notizen mit dieser Konsole oder lepton-console-cli</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>Warnungen zeigen</translation>
    </message>
    <message>
        <source>Alerts raised about this resource</source>
        <translation>Warnungen zu dieser Ressource</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Search the timeline (reason, message, who…)</source>
        <translation>Zeitleiste durchsuchen (Grund, Meldung, wer…)</translation>
    </message>
    <message>
        <source>Shows only the lines that contain every word typed here; Escape clears it</source>
        <translation>Zeigt nur die Zeilen, die jedes hier eingegebene Wort enthalten; Escape leert das Feld</translation>
    </message>
    <message>
        <source>Clear the timeline search</source>
        <translation>Suche in der Zeitleiste leeren</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Zeitleiste, neueste zuerst</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Spalten der Zeitleiste</translation>
    </message>
    <message>
        <source>Select a deployment to see its timeline.</source>
        <translation>Wähle ein Deployment, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error: the console's history could not be read: %1</source>
        <translation>Fehler: der Verlauf der Konsole konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Lepton API keeps no events for this kind; the console's history and alerts are shown.</source>
        <translation>Die Lepton API führt für diese Art keine Ereignisse; der Verlauf der Konsole und die Warnungen werden gezeigt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing has happened to it yet.</source>
        <translation>Bisher ist nichts passiert.</translation>
    </message>
    <message numerus="yes">
        <source>No line matches; %n line(s) hidden by the filter.</source>
        <translation>
            <numerusform>Keine Zeile passt; %n Zeile vom Filter ausgeblendet.</numerusform>
            <numerusform>Keine Zeile passt; %n Zeilen vom Filter ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Zeile gezeigt.</numerusform>
            <numerusform>%1 von %n Zeilen gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenExpiryNotice</name>
    <message>
        <source>The token for workspace %1 %2 (%3). Replace it before then, or the console can no longer read or change its deployments.</source>
        <translation>Das Token für Workspace %1 %2 (%3). Ersetzen Sie es vorher, sonst kann die Konsole seine Deployments nicht mehr lesen oder ändern.</translation>
    </message>
    <message>
        <source>The token for workspace %1 %2 (%3). Replace it: the workspace refuses an expired token.</source>
        <translation>Das Token für Workspace %1 %2 (%3). Ersetzen Sie es: Der Workspace weist ein abgelaufenes Token zurück.</translation>
    </message>
</context>
<context>
    <name>TokenLifetime</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>seit %1 abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No system keychain is available (no D-Bus session bus is running, so the Secret Service cannot be reached).</source>
        <translation>Kein System-Schlüsselbund verfügbar (es läuft kein D-Bus-Sitzungsbus, daher ist der Secret Service nicht erreichbar).</translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service not running). Start a keyring such as GNOME Keyring or KWallet's Secret Service.</source>
        <translation>Kein System-Schlüsselbund verfügbar (der Secret Service läuft nicht). Starten Sie einen Schlüsselbund wie GNOME Keyring oder den Secret Service von KWallet.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: it may be locked, or access was refused (%1).</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden: Er ist möglicherweise gesperrt, oder der Zugriff wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the token could not be removed. Unlock the keychain (for example by logging in to the desktop again) and retry.</source>
        <translation>Der System-Schlüsselbund ist gesperrt, daher konnte das Token nicht entfernt werden. Entsperren Sie den Schlüsselbund (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored token cannot be read. Unlock the keychain (for example by logging in to the desktop again) and retry.</source>
        <translation>Der System-Schlüsselbund ist gesperrt, daher kann das gespeicherte Token nicht gelesen werden. Entsperren Sie den Schlüsselbund (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No token is stored for this workspace.</source>
        <translation>Für diesen Workspace ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain.</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The token could not be read from the system keychain: %1</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain: %1</source>
        <translation>Das Token konnte nicht im System-Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain: %1</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; er ist möglicherweise gesperrt und wartet auf sein Passwort.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; er ist möglicherweise gesperrt und wartet auf sein Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid workspace id.</source>
        <translation>Dies ist keine gültige Workspace-ID.</translation>
    </message>
    <message>
        <source>There is no token to save.</source>
        <translation>Es gibt kein Token zum Speichern.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Lepton Console</source>
        <translation>Lepton Console &amp;zeigen</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 is scaling down to zero replicas.</source>
        <translation>%1 wird auf null Replikate herunterskaliert.</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>%1 fortgesetzt</translation>
    </message>
    <message>
        <source>%1 is starting its replicas again.</source>
        <translation>%1 startet seine Replikate wieder.</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>No deployment needs attention</source>
        <translation>Kein Deployment braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) need attention</source>
        <translation>
            <numerusform>%n Deployment braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Deployments brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Keine offenen Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offene Warnung</numerusform>
            <numerusform>%n offene Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell me about new alerts and when a pause or resume finishes</source>
        <translation>Mich über neue Warnungen informieren und wenn eine Pause oder Fortsetzung abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WakeCommand</name>
    <message>
        <source>Resume a resource now and pause it again after a while (schedule run does the pause).</source>
        <translation>Eine Ressource jetzt fortsetzen und nach einer Weile wieder pausieren (schedule run übernimmt die Pause).</translation>
    </message>
    <message>
        <source>How long to keep it awake: 2h, 90m, 1h30m.</source>
        <translation>Wie lange sie wach bleibt: 2h, 90m, 1h30m.</translation>
    </message>
    <message>
        <source>The resource. KIND is endpoint (the default), pod or raycluster.</source>
        <translation>Die Ressource. KIND ist endpoint (Standard), pod oder raycluster.</translation>
    </message>
    <message>
        <source>Usage: wake KIND/NAME --for 2h</source>
        <translation>Aufruf: wake KIND/NAME --for 2h</translation>
    </message>
    <message>
        <source>wake needs --for DURATION, for example --for 2h.</source>
        <translation>wake braucht --for DAUER, zum Beispiel --for 2h.</translation>
    </message>
    <message>
        <source>--for: %1</source>
        <translation>--for: %1</translation>
    </message>
    <message>
        <source>This store keeps no wake-ups.</source>
        <translation>Dieser Speicher führt keine Weckzeiten.</translation>
    </message>
    <message>
        <source>The wake-up could not be saved, so %1 was not resumed: %2</source>
        <translation>Das Wecken konnte nicht gespeichert werden, daher wurde %1 nicht fortgesetzt: %2</translation>
    </message>
    <message>
        <source>%1 is awake until %2; schedule run pauses it again then.%3</source>
        <translation>%1 ist wach bis %2; schedule run pausiert es dann wieder.%3</translation>
    </message>
    <message>
        <source> (It was running already.)</source>
        <translation> (Es lief bereits.)</translation>
    </message>
    <message>
        <source>%1 was changed on the server while it was paused (%2); not resumed. Resume it with --force, then wake it.</source>
        <translation>%1 wurde auf dem Server geändert, während es pausiert war (%2); nicht fortgesetzt. Setze es mit --force fort und wecke es dann.</translation>
    </message>
    <message>
        <source>Its wake-up could not be removed: %1</source>
        <translation>Sein Wecken konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Print state changes and alerts as they happen, until stopped or a condition is met.</source>
        <translation>Zustandsänderungen und Warnungen ausgeben, sobald sie geschehen, bis zum Abbruch oder bis eine Bedingung erfüllt ist.</translation>
    </message>
    <message>
        <source>One JSON object per line: time, kind, name, event (state or alert), state, previous_state, rule, message.</source>
        <translation>Ein JSON-Objekt pro Zeile: time, kind, name, event (state oder alert), state, previous_state, rule, message.</translation>
    </message>
    <message>
        <source>Exit at the first alert (exit code 10, alert-raised).</source>
        <translation>Bei der ersten Warnung beenden (Exit-Code 10, alert-raised).</translation>
    </message>
    <message>
        <source>Exit (0) once every watched resource is in &lt;state&gt; (e.g. Ready).</source>
        <translation>Beenden (0), sobald jede beobachtete Ressource in &lt;state&gt; ist (z. B. Ready).</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt;: exit code 7 (wait-timeout) with --until, else 0.</source>
        <translation>Nach &lt;seconds&gt; aufgeben: Exit-Code 7 (wait-timeout) mit --until, sonst 0.</translation>
    </message>
    <message>
        <source>Poll every &lt;seconds&gt; (default 5).</source>
        <translation>Alle &lt;seconds&gt; abfragen (Standard 5).</translation>
    </message>
    <message>
        <source>The resources to watch (KIND is endpoint, the default, pod or raycluster); none: every one.</source>
        <translation>Die zu beobachtenden Ressourcen (KIND ist endpoint, der Standard, pod oder raycluster); keine: jede.</translation>
    </message>
    <message>
        <source>--until takes a state such as Ready, "Not Ready", Stopped or Error, not "%1".</source>
        <translation>--until nimmt einen Zustand wie Ready, "Not Ready", Stopped oder Error, nicht "%1".</translation>
    </message>
    <message>
        <source>--interval takes at least 0.1 seconds.</source>
        <translation>--interval nimmt mindestens 0,1 Sekunden.</translation>
    </message>
    <message>
        <source>Not every watched resource was %1 after %2 s.</source>
        <translation>Nicht jede beobachtete Ressource war nach %2 s %1.</translation>
    </message>
    <message>
        <source>There is no %1 %2: %2 is a %3.</source>
        <translation>Es gibt kein %1 %2: %2 ist ein %3.</translation>
    </message>
    <message>
        <source>Could not watch: %1</source>
        <translation>Beobachten nicht möglich: %1</translation>
    </message>
    <message>
        <source>The workspace did not answer (%1); still trying every %2 s.</source>
        <translation>Der Workspace hat nicht geantwortet (%1); neuer Versuch alle %2 s.</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (war %1)</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>WARNUNG</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <source>Week of the schedule</source>
        <translation>Woche des Zeitplans</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Kein Zeitplan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>WeekdayWindow</name>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Texts</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun) or "daily", found %1.</source>
        <translation>erwartet wurde ein Tag (Mon, Tue, Wed, Thu, Fri, Sat, Sun) oder "daily", gefunden %1.</translation>
    </message>
    <message>
        <source>expected the day that ends the range %1-..., found %2.</source>
        <translation>erwartet wurde der Tag, der den Bereich %1-... beendet, gefunden %2.</translation>
    </message>
    <message>
        <source>expected a space and then a time such as 20:00, found %1.</source>
        <translation>erwartet wurden ein Leerzeichen und eine Uhrzeit wie 20:00, gefunden %1.</translation>
    </message>
    <message>
        <source>expected a time as HH:MM (24-hour clock), found %1.</source>
        <translation>erwartet wurde eine Uhrzeit als HH:MM (24-Stunden-Uhr), gefunden %1.</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day (00:00 to 23:59).</source>
        <translation>%1:%2 ist keine Uhrzeit (00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>unexpected %1 after the time.</source>
        <translation>unerwartet: %1 nach der Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome — Lepton Console</source>
        <translation>Willkommen — Lepton Console</translation>
    </message>
    <message>
        <source>Welcome to Lepton Console</source>
        <translation>Willkommen bei Lepton Console</translation>
    </message>
    <message>
        <source>See and manage the deployments of your Lepton AI workspaces: pause what is idle, resume it with the replicas it had, and keep notes on why. To begin, connect to a workspace with its ID and token, or look around in the demo workspace.</source>
        <translation>Sehen und verwalten Sie die Deployments Ihrer Lepton-AI-Workspaces: Pausieren Sie, was ungenutzt ist, setzen Sie es mit den Replikaten fort, die es hatte, und halten Sie in Notizen fest, warum. Verbinden Sie sich zu Beginn mit einem Workspace über seine ID und sein Token, oder sehen Sie sich im Demo-Workspace um.</translation>
    </message>
    <message>
        <source>&amp;Connect to a workspace…</source>
        <translation>Mit einem Workspace &amp;verbinden…</translation>
    </message>
    <message>
        <source>Enter the workspace ID and token, or paste the credential string from the Lepton dashboard. The token is kept in the system keychain.</source>
        <translation>Geben Sie die Workspace-ID und das Token ein oder fügen Sie den Zugangsdaten-String aus dem Lepton-Dashboard ein. Das Token wird im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Connect to a workspace</source>
        <translation>Mit einem Workspace verbinden</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>De&amp;mo-Workspace öffnen</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer, to try everything without touching real deployments.</source>
        <translation>Ein simulierter Workspace auf diesem Computer, um alles auszuprobieren, ohne echte Deployments anzufassen.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Workspace öffnen</translation>
    </message>
    <message>
        <source>&amp;Import from the lep CLI…</source>
        <translation>Aus der lep-CLI &amp;importieren…</translation>
    </message>
    <message>
        <source>Import from the lep CLI</source>
        <translation>Aus der lep-CLI importieren</translation>
    </message>
    <message>
        <source>The console also reads LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and LEPTON_WORKSPACE_URL from the environment, as the lep CLI and the SDK do.</source>
        <translation>Die Konsole liest auch LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN und LEPTON_WORKSPACE_URL aus der Umgebung, so wie die lep-CLI und das SDK.</translation>
    </message>
    <message>
        <source>Use the workspaces you logged in to with `lep login` (%1). Their tokens are copied into the system keychain.</source>
        <translation>Die Workspaces verwenden, bei denen Sie sich mit `lep login` angemeldet haben (%1). Ihre Tokens werden in den System-Schlüsselbund kopiert.</translation>
    </message>
</context>
<context>
    <name>WindowAction</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>WorkspaceInfo</name>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>WorkspaceRegistry</name>
    <message>
        <source>This is not a valid workspace id.</source>
        <translation>Dies ist keine gültige Workspace-ID.</translation>
    </message>
    <message>
        <source>The origin URL must be an http or https address.</source>
        <translation>Die Origin-URL muss eine http- oder https-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The workspace shown; choose another to switch</source>
        <translation>Der angezeigte Workspace; zum Wechseln einen anderen wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Open for this session only; its token is not stored</source>
        <translation>Nur für diese Sitzung geöffnet; sein Token wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer</source>
        <translation>Ein simulierter Workspace auf diesem Computer</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
</context>
<context>
    <name>WorkspaceUrl</name>
    <message>
        <source>The workspace URL is empty.</source>
        <translation>Die Workspace-URL ist leer.</translation>
    </message>
    <message>
        <source>The workspace URL is not a valid URL: %1</source>
        <translation>Die Workspace-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The workspace URL must start with https:// (it is "%1").</source>
        <translation>Die Workspace-URL muss mit https:// beginnen (sie lautet „%1“).</translation>
    </message>
    <message>
        <source>The workspace URL has no host name.</source>
        <translation>Die Workspace-URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password; the token is sent separately.</source>
        <translation>Die Workspace-URL darf weder Benutzernamen noch Passwort enthalten; das Token wird separat gesendet.</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Workspace-URL darf weder Abfrage (?…) noch Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>The workspace URL must use https:// so the token is not sent in clear text; plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die Workspace-URL muss https:// verwenden, damit das Token nicht im Klartext gesendet wird; einfaches http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native console for Lepton AI deployments.</source>
        <translation>Eine native Konsole für Lepton-AI-Deployments.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (a local simulator).</source>
        <translation>Den eingebauten Demo-Workspace öffnen (ein lokaler Simulator).</translation>
    </message>
    <message>
        <source>Open the saved workspace &lt;id&gt; (its token from the system keychain).</source>
        <translation>Den gespeicherten Workspace &lt;id&gt; öffnen (sein Token aus dem System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the workspace API base URL (https, or http to this computer only).</source>
        <translation>&lt;url&gt; als Basis-URL der Workspace-API verwenden (https, oder http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>Only run the demo workspace's API server (no window).</source>
        <translation>Nur den API-Server des Demo-Workspaces ausführen (kein Fenster).</translation>
    </message>
    <message>
        <source>Port for --serve-demo (0: any free port).</source>
        <translation>Port für --serve-demo (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Token the --serve-demo server accepts.</source>
        <translation>Token, das der --serve-demo-Server akzeptiert.</translation>
    </message>
    <message>
        <source>Size of the demo population (default: a hand-picked dozen).</source>
        <translation>Größe der Demo-Population (Standard: ein handverlesenes Dutzend).</translation>
    </message>
    <message>
        <source>Log debug messages (Help &gt; Show Log; tokens are never logged).</source>
        <translation>Debug-Meldungen protokollieren (Hilfe &gt; Protokoll anzeigen; Tokens werden nie protokolliert).</translation>
    </message>
    <message>
        <source>With --serve-demo: speak the new API generation (/endpoints, /devpods).</source>
        <translation>Mit --serve-demo: die neue API-Generation sprechen (/endpoints, /devpods).</translation>
    </message>
    <message>
        <source>Keep pauses and notes in &lt;uri&gt;: postgresql://user@host/database (a team store) or sqlite: (this computer). Wins over LEPTON_CONSOLE_STORE and the settings.</source>
        <translation>Pausen und Notizen in &lt;uri&gt; führen: postgresql://benutzer@host/datenbank (ein Team-Speicher) oder sqlite: (dieser Computer). Hat Vorrang vor LEPTON_CONSOLE_STORE und den Einstellungen.</translation>
    </message>
</context>
</TS>