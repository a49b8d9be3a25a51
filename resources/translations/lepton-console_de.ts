<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>&lt;p&gt;A native desktop console for Lepton AI deployments: watch them, pause them to zero replicas and resume them as they were.&lt;/p&gt;&lt;p&gt;Lepton Console is free software under the MIT licence.&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;Lepton AI documentation&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine native Desktop-Konsole für Lepton-AI-Deployments: beobachten, auf null Replikate pausieren und so fortsetzen, wie sie waren.&lt;/p&gt;&lt;p&gt;Lepton Console ist freie Software unter der MIT-Lizenz.&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;Dokumentation von Lepton AI&lt;/a&gt;&lt;/p&gt;</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Lepton Console&lt;/b&gt; is released under the &lt;a href=&quot;%1&quot;&gt;MIT licence&lt;/a&gt;. You may use, copy, modify and distribute it freely; it comes without any warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lepton Console&lt;/b&gt; steht unter der &lt;a href=&quot;%1&quot;&gt;MIT-Lizenz&lt;/a&gt;. Sie dürfen es frei verwenden, kopieren, ändern und weitergeben; es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
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
    <name>ApiError</name>
    <message>
        <source>Could not reach the Lepton server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lepton server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace token was refused; it may be wrong or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; it asked to try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lepton server had an internal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message>
        <source>Lepton Console</source>
        <translation type="unfinished">Lepton Console</translation>
    </message>
    <message>
        <source>The local notes and pause database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace: this is not a workspace ID (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace with its ID and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from lep CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the workspaces the lep command line is logged in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the workspace shown and delete its token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not start a local server on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is not saved in this console yet. Enter its token to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for %1 could not be read from the system keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the workspace %1 from the console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is deleted from the system keychain. The deployments themselves are not touched. The pause records stay, so paused deployments can still be resumed after connecting again; the notes stay too unless you tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also delete its &amp;notes (%n note(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the workspace&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 could not be deleted from the system keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the workspace from the console anyway? A token stored in the keychain stays there (service &quot;%1&quot;, account &quot;%2&quot;) until you delete it with your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: lepton-console-cli [options] COMMAND [command options] [arguments]
Pause and resume Lepton deployments from scripts and CI/CD, sharing the Lepton Console&apos;s pause ledger and notes.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Credentials: LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and LEPTON_WORKSPACE_URL from the environment, as the Lepton SDK reads them; or --workspace ID for a workspace saved by the console (token from the system keychain); or --token-stdin. A token is never taken as an argument.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;lepton-console-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &quot;lepton-console-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &quot;lepton-console-cli %2 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local pause ledger and notes (%1) could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Keep the pause ledger and notes in &lt;dir&gt; instead of the console&apos;s own folder (e.g. a CI cache folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace &lt;id&gt; saved by the console (its token comes from the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the workspace API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds greater than 0, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Credential string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste workspace-id:token here to fill both fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace-id:token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential string from the Lepton dashboard, as `lep login -c` takes it. Pasting it fills the workspace ID and the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token and the credential string as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for another region or a local simulator; leave empty for the Lepton cloud. https:// is required unless the host is this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the workspace whether it accepts this token, without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for This Session O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in memory until the console quits; it is not stored anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redential string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or enter the workspace ID and the token one by one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new token for workspace %1, or paste its credential string. The table, the notes and the pause records stay as they are; the console carries on once the new token is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the credential string from the Lepton dashboard (what `lep login -c` takes), or enter the workspace ID and its token. The token is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace ID, or paste the credential string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a workspace ID: it may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds characters a token cannot have (spaces, line breaks, control or non-ASCII characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential string is for another workspace, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the base URL empty for the Lepton cloud. It must use https:// unless the host is this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>The workspace accepts this token.
Name: %1
Tier: %2
State: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace ID and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a current token (or credential string) from the Lepton dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The token was not saved. You can use it for this session only: it stays in memory until the console quits, and you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be added to the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>--workspace takes a workspace id (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace: set LEPTON_WORKSPACE_ID and LEPTON_WORKSPACE_TOKEN, or pass --workspace ID for a workspace saved by the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: standard input held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: the token on standard input contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for workspace %1: the console has none in the keychain. Set LEPTON_WORKSPACE_TOKEN, or pass the token on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of workspace %1 could not be read from the keychain: %2 Set LEPTON_WORKSPACE_TOKEN, or pass the token on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialString</name>
    <message>
        <source>Paste the credential from the Lepton dashboard, in the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a credential string: it has no colon. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;, with the workspace id before the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace id before the colon is missing. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token after the colon is missing. A credential has the form &lt;workspace_id&gt;:&lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace id contains a space or line break. Copy the credential again as one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a space or line break. Copy the credential again as one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace id may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;. Check that the text before the colon is the workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains characters a Lepton token cannot have (invisible or non-ASCII characters). Copy the credential again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>an entry has no metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment list is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment list is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentFilterModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Pausiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentSettings</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum number of replicas cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of replicas cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of replicas (%1) cannot be less than the minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down after at least %1 seconds without traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target GPU utilization must be between %1 % and %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target requests per minute must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource shape &quot;%1&quot; is not offered by this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished">Replikate</translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished">Image</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed replicas (autoscaling off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target GPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down after %1 s without traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target GPU utilization %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>paused %n min</source>
        <translation>
            <numerusform>seit %n min pausiert</numerusform>
            <numerusform>seit %n min pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused %n h</source>
        <translation>
            <numerusform>seit %n h pausiert</numerusform>
            <numerusform>seit %n h pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused %n days</source>
        <translation>
            <numerusform>seit %n Tag pausiert</numerusform>
            <numerusform>seit %n Tagen pausiert</numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change replicas, autoscaling and other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restar&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every replica of this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch replicas, readiness and events again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the endpoint URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open endpoint in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the endpoint URL in the web browser</source>
        <translation type="unfinished">Die URL des Endpunkts im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished">Image</translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished">Replikate</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished">&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the replicas this deployment had before it was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale this deployment to zero replicas, remembering how to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wanted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 wanted now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a fixed number of replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scales to keep GPU utilization near %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scales to keep %1 requests per minute per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scales to zero after %1 without traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: the replica count does not change by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: could not load %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished">Mit keinem Workspace verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen…</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replicas are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n replica(s) ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No readiness issues reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDeploymentDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the values the server has now; your edits are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only your changes, on top of the server&apos;s new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be less than the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource s&amp;hape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down after seconds without traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target GPU utilization percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;GPU utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target re&amp;quests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: replica changes change what Resume brings back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished">Endpunkt</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending &amp;changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;while applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause while applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not offered by this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished">&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept for Resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes made on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the server already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the change with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished">jemandem</translation>
    </message>
    <message>
        <source>Changed on the server by %1 at %2 since you opened this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the server&apos;s values and drops your edits; Apply anyway sends only your changes on top of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the form shows the values the server has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>%1 is set but %2 is not; set the workspace id too, or unset the other LEPTON_WORKSPACE_* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with a workspace id: it may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in %1 contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains spaces, line breaks or other characters a Lepton token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLedgerCommand</name>
    <message>
        <source>Write the workspace&apos;s open pauses to a JSON file (&quot;-&quot;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write, &quot;-&quot; for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-ledger takes exactly one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n open pause(s) of workspace %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLedgerCommand</name>
    <message>
        <source>Add the open pauses of a file written by export-ledger to the local ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file written by export-ledger, &quot;-&quot; for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-ledger takes exactly one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already paused here), invalid %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorkspacesDialog</name>
    <message>
        <source>Import Workspaces from the lep CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the chosen workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for This Session O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the tokens for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no workspaces. Log in with `lep login` first, or connect to a workspace here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lep CLI keeps these workspaces, tokens in plain text, in %1. The chosen tokens are copied into the system keychain; the CLI&apos;s file is left as it is (`lep logout` removes a token from it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current in lep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lepton cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the file; asked for when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already saved here, will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the tokens into the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens of %1 were not stored. You can use them for this session only: they stay in memory until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LepCliImporter</name>
    <message>
        <source>No lep CLI login was found (%1 does not exist). Log in with `lep login` first, or add the workspace here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a lep CLI workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lep CLI workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lep CLI workspace file the console can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workspaces&quot; is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;current_workspace&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped an entry whose key is not a workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped workspace &quot;%1&quot;: its entry is not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped workspace &quot;%1&quot;: a field has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped workspace &quot;%1&quot;: &quot;%2&quot; is not a workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped workspace &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of workspace &quot;%1&quot; contains characters a Lepton token cannot have; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid YAML (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeptonClient</name>
    <message>
        <source>no complete answer after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace description is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none of the %n entries of the deployment list is a deployment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the deployments with their state, replicas, shape, and pause details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deployments in state &lt;state&gt;, as the STATE column shows it (e.g. Paused, Ready, Stopped, &quot;Not Ready&quot;; case and spaces do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state needs a state name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the deployments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments in workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments in state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLICAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST NOTE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite); notes and paused deployments cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location was given for the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lepton Console could not read its local database %1: %2 The file was kept aside as %3 and a new, empty database was started; the notes and paused deployments saved before are in the kept file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the local database %1 (reading it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 was written by a newer Lepton Console (schema version %2, this one knows up to %3); update Lepton Console. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file failed SQLite&apos;s integrity check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the local database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has no Lepton Console schema version; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was upgraded by a newer Lepton Console meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the local database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged and could not be moved aside; it was left as it is. Move it away by hand and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged and its file %2 could not be moved aside; everything was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the local database %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error while saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error while saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is locked by another program (another Lepton Console or the command line); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the local database is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be written: the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file cannot be opened; check the folder and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <source>Lepton Console</source>
        <translation>Lepton Console</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected deployment&apos;s settings</source>
        <translation>Die Einstellungen des ausgewählten Deployments bearbeiten</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Neu s&amp;tarten…</translation>
    </message>
    <message>
        <source>Restart the selected deployment&apos;s replicas</source>
        <translation>Die Replikate des ausgewählten Deployments neu starten</translation>
    </message>
    <message>
        <source>&amp;Copy Endpoint</source>
        <translation>Endpunkt &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected deployment</source>
        <translation>Die Details des ausgewählten Deployments zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1 (%2)</source>
        <translation>Zeigen: %1 (%2)</translation>
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
        <source>Filter deployments</source>
        <translation>Deployments filtern</translation>
    </message>
    <message>
        <source>Filter by name, image, shape or state (Ctrl+F)</source>
        <translation>Nach Name, Image, Ressourcenform oder Status filtern (Strg+F)</translation>
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
        <source>About Lepton Console</source>
        <translation>Über Lepton Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lepton Console %1&lt;/h3&gt;&lt;p&gt;A native console for Lepton AI deployments.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lepton Console</source>
        <translation>%1 — Lepton Console</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Refreshing failed; showing the last data received. %1</source>
        <translation>Aktualisieren fehlgeschlagen; die zuletzt empfangenen Daten werden gezeigt. %1</translation>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Show the notes of a deployment, newest first, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note with &lt;text&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes takes exactly one deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs the text of the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (pause reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (edited %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished">gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Notes from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport / Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import the notes of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every note of the workspace to Markdown or CSV, or import a CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all notes of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, author or deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h all notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click shows the deployment&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it paused? Who to ask? Links are clickable. Ctrl+Return saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the note as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were editing was deleted elsewhere; your text is kept as a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as the reason of a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being edited below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this note into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the note by %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the note being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment to read and write its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace to read and write notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or cancel the note you are editing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note by %1, %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes found; the newest %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished">Mit keinem Workspace verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>CSV record %1: unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV record %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a workspace and a deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty note was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be emptied; delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists (deleted elsewhere?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Notes for workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by Lepton Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pause reason]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace to import the notes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no &quot;%1&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a notes export (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here, skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseCommand</name>
    <message>
        <source>Pause deployments: remember their replicas and autoscaling, then scale them to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: kept as a note the console shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date to look at the pause again (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remind-on takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being paused or resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 before pausing it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the pause ledger could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already paused; Resume will bring back %2 replicas as saved on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at zero replicas and was not paused by the console; there is nothing to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not paused: its replicas could not be saved locally first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1; Resume will bring back %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused to pause %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing %1 did not complete: %2 The saved replicas are kept; the console will check the server and you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 before resuming it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ledger could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woke %1 up with the replicas it is configured for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking %1 up failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped outside the console, so there is no saved replica count. How many replicas should it get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on the server while it was paused:
%2
Resuming restores the saved replicas and autoscaling over these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its saved replicas back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation type="unfinished">%1. fortgesetzt</translation>
    </message>
    <message>
        <source>Resuming %1 failed: %2 It stays paused and its saved replicas are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of %1 reached the server; its saved replicas are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of %1 never reached the server; it is still running. Pause it again if you want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Re&amp;mind me to look again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pause %n deployments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be scaled to zero replicas. The console remembers its replicas and autoscaling so that Resume gives back exactly what it has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n deployments will be scaled to zero replicas. The console remembers each one&apos;s replicas and autoscaling so that Resume gives them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why is it paused? (kept as a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseEntry</name>
    <message>
        <source>The pause has no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause has no deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved minimum replicas of %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved maximum replicas of %1 (%2) is below its minimum (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: saved_min_replicas is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: saved_max_replicas is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: saved_auto_scaler is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: paused_version is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: paused_at is missing or not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: remind_on is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for &quot;%1&quot;: unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseLedger</name>
    <message>
        <source>No pause with id %1 is in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of %1 is already %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmed pause cannot go back to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of %1 is over; its saved values are history and stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause of %1 is over; it needs no reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a pause ledger export (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a pause ledger export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Lepton Console; update to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2): not an open pause; only open pauses are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: already paused here; its saved values were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseResumeCommand</name>
    <message>
        <source>Return only once the server reports the deployments %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait, give up after &lt;seconds&gt; (default %1) with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result of each deployment as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployments, one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout only makes sense with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on the server while it was paused (%2); not resumed. Use --force to restore the saved replicas and autoscaling over these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped outside the console, so there is no saved replica count; give one with --replicas N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2 to be %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
</context>
<context>
    <name>PausedCommand</name>
    <message>
        <source>List the paused deployments: who paused them, since when, saved replicas, reason, reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, a header row: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paused deployments in workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAVED REPLICAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMIND ON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedServicesModel</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The paused deployments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished">gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/min per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to zero after %1 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the deployment has been paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum–maximum replicas that Resume gives back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoscaling that Resume gives back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to look at this pause again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pause is not confirmed by the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given for this pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest note (%1, %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sets min replicas to %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max replicas to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no max replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due: the reminder was for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedServicesView</name>
    <message>
        <source>Paused services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;due only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only deployments whose review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the pauses whose reminder day has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the paused services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the pause ledger and the notes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deployment in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set re&amp;minder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when to look at this pause again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished">&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the deployment back its saved replicas and autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace to see its paused deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is paused in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No review is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedSettingsEditor</name>
    <message>
        <source>The pause ledger could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new settings of %1 could not be saved (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays paused; Resume will bring back %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays paused, but the server refused the change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed, but the change could not be recorded in the pause ledger (%2); Resume will ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed and stays paused; Resume will bring back %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pause is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>&amp;Remind me to look again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the day comes, the Paused services view and the deployments table show &lt;b&gt;Review due&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Resume paused deployments with exactly the replicas and autoscaling they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a deployment stopped outside the console (no saved values): start it with &lt;n&gt; replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume even if the deployment was changed on the server while paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReplicasCommand</name>
    <message>
        <source>Change a deployment&apos;s replicas; for a paused one, what Resume brings back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum replicas (default: unchanged, raised to --min if below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-replicas takes exactly one deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --min, --max or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max (%1) cannot be below --min (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max %1 is below the minimum of %2 (%3); give --min too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays paused; Resume will bring back %2-%3 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was resumed meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2-%3 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the new replicas of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2-%3 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadgeDelegate</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show one deployment, with its saved (paused) values and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (see the README for its shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes exactly one deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (running: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not confirmed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume brings back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with its autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Pausing</source>
        <translation>Pausiert gerade</translation>
    </message>
    <message>
        <source>The console is pausing this deployment.</source>
        <translation>Die Konsole pausiert dieses Deployment.</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>The console is resuming this deployment.</source>
        <translation>Die Konsole setzt dieses Deployment fort.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused by %1 on %2; Resume brings back %3 replicas.</source>
        <translation>Pausiert von %1 am %2; Fortsetzen stellt %3 Replikate wieder her.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
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
        <source>The server reported the state &quot;%1&quot;, which this console does not know.</source>
        <translation>Der Server hat den Status „%1“ gemeldet, den diese Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Scaled down to zero by the platform after no traffic; Resume brings it back with the %1 replicas it is configured for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped outside the console: no saved replica count.</source>
        <translation>Außerhalb der Konsole gestoppt: keine gespeicherte Replikatzahl.</translation>
    </message>
    <message>
        <source>Server state: %1</source>
        <translation>Serverstatus: %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No system keychain is available (no D-Bus session bus is running, so the Secret Service cannot be reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service not running). Start a keyring such as GNOME Keyring or KWallet&apos;s Secret Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used: it may be locked, or access was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so the token could not be removed. Unlock the keychain (for example by logging in to the desktop again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored token cannot be read. Unlock the keychain (for example by logging in to the desktop again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to save.</source>
        <translation type="unfinished"></translation>
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
        <source>Tell me when a deployment changes to Error or a pause or resume finishes</source>
        <translation>Melden, wenn ein Deployment in den Fehlerzustand wechselt oder ein Pausieren oder Fortsetzen fertig ist</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 changed to Error</source>
        <translation>%1 ist im Fehlerzustand</translation>
    </message>
    <message>
        <source>The deployment %1 is in the Error state.</source>
        <translation>Das Deployment %1 ist im Fehlerzustand.</translation>
    </message>
    <message>
        <source>The deployment %1 in %2 is in the Error state.</source>
        <translation>Das Deployment %1 in %2 ist im Fehlerzustand.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) changed to Error</source>
        <translation>
            <numerusform>%n Deployment ist im Fehlerzustand</numerusform>
            <numerusform>%n Deployments sind im Fehlerzustand</numerusform>
        </translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome — Lepton Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lepton Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and manage the deployments of your Lepton AI workspaces: pause what is idle, resume it with the replicas it had, and keep notes on why. To begin, connect to a workspace with its ID and token, or look around in the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace ID and token, or paste the credential string from the Lepton dashboard. The token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated workspace on this computer, to try everything without touching real deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from the lep CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the lep CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console also reads LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and LEPTON_WORKSPACE_URL from the environment, as the lep CLI and the SDK do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspaces you logged in to with `lep login` (%1). Their tokens are copied into the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceInfo</name>
    <message>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceRegistry</name>
    <message>
        <source>This is not a valid workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace shown; choose another to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for this session only; its token is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated workspace on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceUrl</name>
    <message>
        <source>The workspace URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL must start with https:// (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL must not contain a user name or password; the token is sent separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL must not contain a query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL must use https:// so the token is not sent in clear text; plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;url&gt; as the workspace API base URL (https, or http to this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only run the demo workspace&apos;s API server (no window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for --serve-demo (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token the --serve-demo server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the demo population (default: a hand-picked dozen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
