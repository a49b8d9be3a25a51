<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AlertsView</name>
    <message numerus="yes">
        <source>No open alerts; %n recent alert(s).</source>
        <translation>
            <numerusform>No open alerts; %n recent alert.</numerusform>
            <numerusform>No open alerts; %n recent alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) to look at.</source>
        <translation>
            <numerusform>%n open alert to look at.</numerusform>
            <numerusform>%n open alerts to look at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationController</name>
    <message numerus="yes">
        <source>Also delete its &amp;notes (%n note(s))</source>
        <translation>
            <numerusform>Also delete its &amp;notes (%n note)</numerusform>
            <numerusform>Also delete its &amp;notes (%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentActions</name>
    <message numerus="yes">
        <source>Paused %n deployment(s); Resume gives each its replicas back.</source>
        <translation>
            <numerusform>Paused %n deployment; Resume gives it its replicas back.</numerusform>
            <numerusform>Paused %n deployments; Resume gives each its replicas back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>All %n replica(s) ready.</source>
        <translation>
            <numerusform>%n replica ready.</numerusform>
            <numerusform>All %n replicas ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDeploymentDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportLedgerCommand</name>
    <message numerus="yes">
        <source>Exported %n open pause(s) of workspace %1 to %2.</source>
        <translation>
            <numerusform>Exported %n open pause of workspace %1 to %2.</numerusform>
            <numerusform>Exported %n open pauses of workspace %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeptonClient</name>
    <message numerus="yes">
        <source>none of the %n entries of the deployment list is a deployment</source>
        <translation>
            <numerusform>the %n entry of the deployment list is not a deployment</numerusform>
            <numerusform>none of the %n entries of the deployment list is a deployment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsView</name>
    <message numerus="yes">
        <source>Not following. %Ln line(s) shown.</source>
        <translation>
            <numerusform>Not following. %Ln line shown.</numerusform>
            <numerusform>Not following. %Ln lines shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %1 live: %Ln line(s) shown.</source>
        <translation>
            <numerusform>Following %1 live: %Ln line shown.</numerusform>
            <numerusform>Following %1 live: %Ln lines shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln line(s).</source>
        <translation>
            <numerusform>Copied %Ln line.</numerusform>
            <numerusform>Copied %Ln lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln line(s) to %1…</source>
        <translation>
            <numerusform>Saving %Ln line to %1…</numerusform>
            <numerusform>Saving %Ln lines to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln line to %1.</numerusform>
            <numerusform>Saved %Ln lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) from %1.</source>
        <translation>
            <numerusform>%Ln line from %1.</numerusform>
            <numerusform>%Ln lines from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deployment(s)</source>
        <translation>
            <numerusform>%1 of %n deployment</numerusform>
            <numerusform>%1 of %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Updated %n s ago</numerusform>
            <numerusform>Updated %n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>Imported %n note</numerusform>
            <numerusform>Imported %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here, skipped</source>
        <translation>
            <numerusform>; %n already here, skipped</numerusform>
            <numerusform>; %n already here, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) could not be read</source>
        <translation>
            <numerusform>; %n row could not be read</numerusform>
            <numerusform>; %n rows could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message numerus="yes">
        <source>Pause %n deployments</source>
        <translation>
            <numerusform>Pause %n deployment</numerusform>
            <numerusform>Pause %n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n deployments will be scaled to zero replicas. The console remembers each one's replicas and autoscaling so that Resume gives them back.</source>
        <translation>
            <numerusform>This deployment will be scaled to zero replicas. The console remembers its replicas and autoscaling so that Resume gives them back.</numerusform>
            <numerusform>These %n deployments will be scaled to zero replicas. The console remembers each one's replicas and autoscaling so that Resume gives them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n</source>
        <translation>
            <numerusform>&amp;Pause %n</numerusform>
            <numerusform>&amp;Pause %n</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale: paused for more than %n day(s). Resume it, or delete the deployment if it is no longer needed.</source>
        <translation>
            <numerusform>Stale: paused for more than %n day. Resume it, or delete the deployment if it is no longer needed.</numerusform>
            <numerusform>Stale: paused for more than %n days. Resume it, or delete the deployment if it is no longer needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PausedServicesView</name>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message numerus="yes">
        <source>%n dev pod(s)</source>
        <translation>
            <numerusform>%n dev pod</numerusform>
            <numerusform>%n dev pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Ray cluster(s)</source>
        <translation>
            <numerusform>%n Ray cluster</numerusform>
            <numerusform>%n Ray clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningCostTotal</name>
    <message numerus="yes">
        <source>%n without a price</source>
        <translation>
            <numerusform>%n without a price</numerusform>
            <numerusform>%n without a price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priced resource(s) running</source>
        <translation>
            <numerusform>%n priced resource running</numerusform>
            <numerusform>%n priced resources running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running resource(s) without a price (set prices in Edit ▸ Preferences ▸ Prices)</source>
        <translation>
            <numerusform>%n running resource without a price (set prices in Edit ▸ Preferences ▸ Prices)</numerusform>
            <numerusform>%n running resources without a price (set prices in Edit ▸ Preferences ▸ Prices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused by the console (not counted)</source>
        <translation>
            <numerusform>%n paused by the console (not counted)</numerusform>
            <numerusform>%n paused by the console (not counted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingsView</name>
    <message numerus="yes">
        <source>Last %n week(s): %1 GPU-hours and %2 replica-hours not spent over %3 hours paused</source>
        <translation>
            <numerusform>Last week: %1 GPU-hours and %2 replica-hours not spent over %3 hours paused</numerusform>
            <numerusform>Last %n weeks: %1 GPU-hours and %2 replica-hours not spent over %3 hours paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message numerus="yes">
        <source>%n transition(s) planned for the next 7 days, as the runner will carry them out (times local and UTC).</source>
        <translation>
            <numerusform>%n transition planned for the next 7 days, as the runner will carry them out (times local and UTC).</numerusform>
            <numerusform>%n transitions planned for the next 7 days, as the runner will carry them out (times local and UTC).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettleWatch</name>
    <message numerus="yes">
        <source>%n dev pod(s)</source>
        <translation>
            <numerusform>%n dev pod</numerusform>
            <numerusform>%n dev pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Ray cluster(s)</source>
        <translation>
            <numerusform>%n Ray cluster</numerusform>
            <numerusform>%n Ray clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaled down to zero by the platform after no traffic; Resume brings it back with the %n replica(s) it is configured for.</source>
        <translation>
            <numerusform>Scaled down to zero by the platform after no traffic; Resume brings it back with the %n replica it is configured for.</numerusform>
            <numerusform>Scaled down to zero by the platform after no traffic; Resume brings it back with the %n replicas it is configured for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle: the platform scaled it down to zero after no traffic, and it does not start again by itself. Nothing is lost; Resume restarts it with the %n replica(s) it is configured for.</source>
        <translation>
            <numerusform>Idle: the platform scaled it down to zero after no traffic, and it does not start again by itself. Nothing is lost; Resume restarts it with the %n replica it is configured for.</numerusform>
            <numerusform>Idle: the platform scaled it down to zero after no traffic, and it does not start again by itself. Nothing is lost; Resume restarts it with the %n replicas it is configured for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused by %1 since %2; Resume brings back its head node and its %n worker group(s) (%3).</source>
        <translation>
            <numerusform>Paused by %1 since %2; Resume brings back its head node and its %n worker group (%3).</numerusform>
            <numerusform>Paused by %1 since %2; Resume brings back its head node and its %n worker groups (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused by %1 since %2; Resume brings back %n replica(s).</source>
        <translation>
            <numerusform>Paused by %1 since %2; Resume brings back %n replica.</numerusform>
            <numerusform>Paused by %1 since %2; Resume brings back %n replicas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReason</name>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1: %2 (%n times)</source>
        <translation>
            <numerusform>%1: %2 (%n time)</numerusform>
            <numerusform>%1: %2 (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>No line matches; %n line(s) hidden by the filter.</source>
        <translation>
            <numerusform>No line matches; %n line hidden by the filter.</numerusform>
            <numerusform>No line matches; %n lines hidden by the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown.</source>
        <translation>
            <numerusform>%1 of %n line shown.</numerusform>
            <numerusform>%1 of %n lines shown.</numerusform>
        </translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for its password.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked and waiting for its password.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked and waiting for its password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n deployment(s) need attention</source>
        <translation>
            <numerusform>%n deployment needs attention</numerusform>
            <numerusform>%n deployments need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
</TS>