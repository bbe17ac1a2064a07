<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Salvage::AuditView</name>
    <message numerus="yes">
        <source>Showing the newest %n entries.</source>
        <translation>
            <numerusform>Showing the newest entry.</numerusform>
            <numerusform>Showing the newest %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::BulkOperationDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) match.</source>
        <translation>
            <numerusform>%Ln row matches.</numerusform>
            <numerusform>%Ln rows match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::Cli::Commands</name>
    <message numerus="yes">
        <source>showing the first %n row(s); more match (raise --limit)</source>
        <translation>
            <numerusform>showing the first %n row; more match (raise --limit)</numerusform>
            <numerusform>showing the first %n rows; more match (raise --limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n row(s) of %1 to the trash</source>
        <translation>
            <numerusform>moved %n row of %1 to the trash</numerusform>
            <numerusform>moved %n rows of %1 to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n row(s) of %1</source>
        <translation>
            <numerusform>restored %n row of %1</numerusform>
            <numerusform>restored %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purged %n row(s) of %1 permanently</source>
        <translation>
            <numerusform>purged %n row of %1 permanently</numerusform>
            <numerusform>purged %n rows of %1 permanently</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n row(s): %1</source>
        <translation>
            <numerusform>all %n row: %1</numerusform>
            <numerusform>all %n rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::DetailPane</name>
    <message numerus="yes">
        <source>&lt;%n byte(s) of binary data&gt;</source>
        <translation>
            <numerusform>&lt;%n byte of binary data&gt;</numerusform>
            <numerusform>&lt;%n bytes of binary data&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErrorBox</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::MainWindow</name>
    <message numerus="yes">
        <source>%n rows selected.</source>
        <translation>
            <numerusform>%n row selected.</numerusform>
            <numerusform>%n rows selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded, more when scrolling</source>
        <translation type="vanished">
            <numerusform>%n row loaded, more when scrolling</numerusform>
            <numerusform>%n rows loaded, more when scrolling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %n row(s), counting…</source>
        <translation>
            <numerusform>≈ %n row, counting…</numerusform>
            <numerusform>≈ %n rows, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::OperationController</name>
    <message numerus="yes">
        <source>Undo: restore %n row(s) of %1</source>
        <translation>
            <numerusform>Undo: restore %n row of %1</numerusform>
            <numerusform>Undo: restore %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: move %n row(s) of %1 back to the trash</source>
        <translation>
            <numerusform>Undo: move %n row of %1 back to the trash</numerusform>
            <numerusform>Undo: move %n rows of %1 back to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n row(s) of %1 to the trash.</source>
        <translation>
            <numerusform>Moved %n row of %1 to the trash.</numerusform>
            <numerusform>Moved %n rows of %1 to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) of %1.</source>
        <translation>
            <numerusform>Restored %n row of %1.</numerusform>
            <numerusform>Restored %n rows of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n row(s) of %1.</source>
        <translation>
            <numerusform>Purged %n row of %1.</numerusform>
            <numerusform>Purged %n rows of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::PurgeConfirmDialog</name>
    <message numerus="yes">
        <source>Permanently delete %n row(s) from the table %1?

Purged rows cannot be restored. The audit log keeps their keys only.</source>
        <translation>
            <numerusform>Permanently delete %n row from the table %1?

Purged rows cannot be restored. The audit log keeps their keys only.</numerusform>
            <numerusform>Permanently delete %n rows from the table %1?

Purged rows cannot be restored. The audit log keeps their keys only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ReasonDialog</name>
    <message numerus="yes">
        <source>Move %n row(s) of %1 to the trash?</source>
        <translation>
            <numerusform>Move %n row of %1 to the trash?</numerusform>
            <numerusform>Move %n rows of %1 to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n row(s) of %1 from the trash?</source>
        <translation>
            <numerusform>Restore %n row of %1 from the trash?</numerusform>
            <numerusform>Restore %n rows of %1 from the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete %n row(s) of %1?</source>
        <translation>
            <numerusform>Permanently delete %n row of %1?</numerusform>
            <numerusform>Permanently delete %n rows of %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::SoftDeleteProxyModel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::TrashService</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected row(s) %1: %2. Nothing was changed; refresh and check them.</source>
        <translation>
            <numerusform>%n of the selected rows %1: %2. Nothing was changed; refresh and check it.</numerusform>
            <numerusform>%n of the selected rows %1: %2. Nothing was changed; refresh and check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salvage-cli</name>
    <message numerus="yes">
        <source>&lt;%n byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%n byte&gt;</numerusform>
            <numerusform>&lt;%n bytes&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
