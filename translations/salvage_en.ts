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
    <message numerus="yes">
        <source>%n rows: %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::BulkOperation</name>
    <message numerus="yes">
        <source>%n row(s) of %1 are on legal hold, too many to leave out of one bulk purge. Nothing was changed; purge a narrower selection.</source>
        <translation>
            <numerusform>%n row of %1 is on legal hold, too many to leave out of one bulk purge. Nothing was changed; purge a narrower selection.</numerusform>
            <numerusform>%n rows of %1 are on legal hold, too many to leave out of one bulk purge. Nothing was changed; purge a narrower selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n matching row(s) of %1 are on legal hold. Nothing was changed.</source>
        <translation>
            <numerusform>The %n matching row of %1 is on legal hold. Nothing was changed.</numerusform>
            <numerusform>All %n matching rows of %1 are on legal hold. Nothing was changed.</numerusform>
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
    <message numerus="yes">
        <source>anonymized %n row(s) of %1</source>
        <translation>
            <numerusform>anonymized %n row of %1</numerusform>
            <numerusform>anonymized %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n row(s)</source>
        <translation>
            <numerusform>: %n row</numerusform>
            <numerusform>: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n table(s)</source>
        <translation>
            <numerusform> in %n table</numerusform>
            <numerusform> in %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to anonymize</source>
        <translation>
            <numerusform>%n row to anonymize</numerusform>
            <numerusform>%n rows to anonymize</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to purge</source>
        <translation>
            <numerusform>, %n to purge</numerusform>
            <numerusform>, %n to purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n kept on legal hold</numerusform>
            <numerusform>, %n kept on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept without a rule</source>
        <translation>
            <numerusform>, %n kept without a rule</numerusform>
            <numerusform>, %n kept without a rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: none of the %n value(s) removed</source>
        <translation>
            <numerusform>Verified: no trace of the value removed</numerusform>
            <numerusform>Verified: none of the %n values removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> is left in the %n text column(s) searched.</source>
        <translation>
            <numerusform> is left in the text column searched.</numerusform>
            <numerusform> is left in the %n text columns searched.</numerusform>
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
        <source>%n row(s) found</source>
        <translation>
            <numerusform>%n row found</numerusform>
            <numerusform>%n rows found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>released %n row(s) of %1 from legal hold</source>
        <translation>
            <numerusform>released %n row of %1 from legal hold</numerusform>
            <numerusform>released %n rows of %1 from legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %n row(s) of %1 on legal hold until %2</source>
        <translation>
            <numerusform>put %n row of %1 on legal hold until %2</numerusform>
            <numerusform>put %n rows of %1 on legal hold until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put %n row(s) of %1 on legal hold until released</source>
        <translation>
            <numerusform>put %n row of %1 on legal hold until released</numerusform>
            <numerusform>put %n rows of %1 on legal hold until released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows (keys: --json)</source>
        <translation>
            <numerusform>%n row (keys: --json)</numerusform>
            <numerusform>%n rows (keys: --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal primary keys now appear as their keyed hash in %n audit row(s)</source>
        <translation>
            <numerusform>Personal primary keys now appear as their keyed hash in %n audit row</numerusform>
            <numerusform>Personal primary keys now appear as their keyed hash in %n audit rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n legal hold(s).</source>
        <translation>
            <numerusform> and %n legal hold.</numerusform>
            <numerusform> and %n legal holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside the plan mention the subject; --redact-mentions replaces the values in them with [redacted]</source>
        <translation>
            <numerusform>%n row outside the plan mentions the subject; --redact-mentions replaces the values in them with [redacted]</numerusform>
            <numerusform>%n rows outside the plan mention the subject; --redact-mentions replaces the values in them with [redacted]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not verified: the verification could not search %1. None of the values is left in the %n column(s) it searched.</source>
        <translation>
            <numerusform>Not verified: the verification could not search %1. None of the values is left in the %n column it searched.</numerusform>
            <numerusform>Not verified: the verification could not search %1. None of the values is left in the %n columns it searched.</numerusform>
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
    <name>Salvage::ErasurePlanModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to anonymize</source>
        <translation>
            <numerusform>%n to anonymize</numerusform>
            <numerusform>%n to anonymize</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to purge</source>
        <translation>
            <numerusform>%n to purge</numerusform>
            <numerusform>%n to purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on legal hold</source>
        <translation>
            <numerusform>%n on legal hold</numerusform>
            <numerusform>%n on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasurePreview</name>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte of binary data)</numerusform>
            <numerusform>(%n bytes of binary data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureReportPdf</name>
    <message numerus="yes">
        <source>Clean: none of the %n value(s) searched for was found.</source>
        <translation>
            <numerusform>Clean: the value searched for was not found.</numerusform>
            <numerusform>Clean: none of the %n values searched for was found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That the subject&apos;s data is gone in every form: the verification searched for the %n value(s) taken from the subject&apos;s rows. A value written differently (another spelling, an abbreviation, an encoded or hashed form) or kept in a column that does not hold text is not found.</source>
        <translation>
            <numerusform>That the subject&apos;s data is gone in every form: the verification searched for the value taken from the subject&apos;s rows. A value written differently (another spelling, an abbreviation, an encoded or hashed form) or kept in a column that does not hold text is not found.</numerusform>
            <numerusform>That the subject&apos;s data is gone in every form: the verification searched for the %n values taken from the subject&apos;s rows. A value written differently (another spelling, an abbreviation, an encoded or hashed form) or kept in a column that does not hold text is not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not verified: these columns could not be searched: %1. None of the %n value(s) was found in the columns that were searched.</source>
        <translation>
            <numerusform>Not verified: these columns could not be searched: %1. The value was not found in the columns that were searched.</numerusform>
            <numerusform>Not verified: these columns could not be searched: %1. None of the %n values was found in the columns that were searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureScrubber</name>
    <message numerus="yes">
        <source>%n free page(s) of the file were freed before this erasure, possibly without secure_delete, and were not searched; VACUUM rebuilds the file without them.</source>
        <translation>
            <numerusform>%n free page of the file was freed before this erasure, possibly without secure_delete, and was not searched; VACUUM rebuilds the file without it.</numerusform>
            <numerusform>%n free pages of the file were freed before this erasure, possibly without secure_delete, and were not searched; VACUUM rebuilds the file without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM FULL was not run: %n transaction(s) or replication slot(s) older than the erasure were still open, and PostgreSQL keeps the old row versions for them. When they have ended, run VACUUM FULL on %1.</source>
        <translation type="vanished">
            <numerusform>VACUUM FULL was not run: %n transaction or replication slot older than the erasure was still open, and PostgreSQL keeps the old row versions for it. When it has ended, run VACUUM FULL on %1.</numerusform>
            <numerusform>VACUUM FULL was not run: %n transactions or replication slots older than the erasure were still open, and PostgreSQL keeps the old row versions for them. When they have ended, run VACUUM FULL on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replicas: %n streaming replica(s) connected now. Streaming replicas replay the erasure and the VACUUM FULL; logical replicas and subscribers apply the changes but keep old row versions in their own files until they are vacuumed there; a replica that is disconnected gets the changes when it reconnects.</source>
        <translation>
            <numerusform>Replicas: %n streaming replica connected now. Streaming replicas replay the erasure and the VACUUM FULL; logical replicas and subscribers apply the changes but keep old row versions in their own files until they are vacuumed there; a replica that is disconnected gets the changes when it reconnects.</numerusform>
            <numerusform>Replicas: %n streaming replicas connected now. Streaming replicas replay the erasure and the VACUUM FULL; logical replicas and subscribers apply the changes but keep old row versions in their own files until they are vacuumed there; a replica that is disconnected gets the changes when it reconnects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM FULL was not run: %n transaction(s) or replication slot(s) older than the erasure were still open, and PostgreSQL keeps the old row versions for them. Run the command when they have ended.</source>
        <translation>
            <numerusform>VACUUM FULL was not run: %n transaction or replication slot older than the erasure was still open, and PostgreSQL keeps the old row versions for it. Run the command when it has ended.</numerusform>
            <numerusform>VACUUM FULL was not run: %n transactions or replication slots older than the erasure were still open, and PostgreSQL keeps the old row versions for them. Run the command when they have ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM FULL did not get the table&apos;s exclusive lock within %n second(s), because other sessions were using the table, so nothing was rewritten and nobody was locked out. The old row versions stay in the files: run the command in a maintenance window.</source>
        <translation>
            <numerusform>VACUUM FULL did not get the table&apos;s exclusive lock within %n second, because other sessions were using the table, so nothing was rewritten and nobody was locked out. The old row versions stay in the files: run the command in a maintenance window.</numerusform>
            <numerusform>VACUUM FULL did not get the table&apos;s exclusive lock within %n seconds, because other sessions were using the table, so nothing was rewritten and nobody was locked out. The old row versions stay in the files: run the command in a maintenance window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureService</name>
    <message numerus="yes">
        <source>%n of the selected row(s) no longer exist. Nothing was changed; refresh and check them.</source>
        <translation>
            <numerusform>%n of the selected rows no longer exists. Nothing was changed; refresh and check it.</numerusform>
            <numerusform>%n of the selected rows no longer exist. Nothing was changed; refresh and check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected row(s) of %1 are on legal hold and may not be anonymized: %2. Nothing was changed. A hold must be released before its row can be changed.</source>
        <translation>
            <numerusform>%n of the selected rows of %1 is on legal hold and may not be anonymized: %2. Nothing was changed. A hold must be released before its row can be changed.</numerusform>
            <numerusform>%n of the selected rows of %1 are on legal hold and may not be anonymized: %2. Nothing was changed. A hold must be released before its row can be changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureTexts</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n table(s): </source>
        <translation>
            <numerusform> in %n table: </numerusform>
            <numerusform> in %n tables: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to anonymize</source>
        <translation>
            <numerusform>%n to anonymize</numerusform>
            <numerusform>%n to anonymize</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to purge</source>
        <translation>
            <numerusform>, %n to purge</numerusform>
            <numerusform>, %n to purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n kept on legal hold</numerusform>
            <numerusform>, %n kept on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept without a rule.</source>
        <translation>
            <numerusform>, %n kept without a rule.</numerusform>
            <numerusform>, %n kept without a rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</source>
        <translation>
            <numerusform>%n column has no stored rule and uses the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make it yours.</numerusform>
            <numerusform>%n columns have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) anonymized</source>
        <translation>
            <numerusform>%n row anonymized</numerusform>
            <numerusform>%n rows anonymized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n purged</source>
        <translation>
            <numerusform>, %n purged</numerusform>
            <numerusform>, %n purged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold.</source>
        <translation>
            <numerusform>, %n kept on legal hold.</numerusform>
            <numerusform>, %n kept on legal hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n value(s) removed</source>
        <translation>
            <numerusform>No trace of the value removed</numerusform>
            <numerusform>None of the %n values removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> is left in the %n text column(s) searched.</source>
        <translation>
            <numerusform> is left in the text column searched.</numerusform>
            <numerusform> is left in the %n text columns searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) outside the plan mention the subject; erasing replaces the values in them with [redacted]</source>
        <translation>
            <numerusform>%n row outside the plan mentions the subject; erasing replaces the values in them with [redacted]</numerusform>
            <numerusform>%n rows outside the plan mention the subject; erasing replaces the values in them with [redacted]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The verification could not search %1. None of the values is left in the %n column(s) it searched.</source>
        <translation>
            <numerusform>The verification could not search %1. None of the values is left in the %n column it searched.</numerusform>
            <numerusform>The verification could not search %1. None of the values is left in the %n columns it searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureVerification</name>
    <message numerus="yes">
        <source>%n column(s) of other types (numbers, dates, bytea, enums, composite types) were not searched.</source>
        <translation type="vanished">
            <numerusform>%n column of another type (numbers, dates, bytea, enums, composite types) was not searched.</numerusform>
            <numerusform>%n columns of other types (numbers, dates, bytea, enums, composite types) were not searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n row(s) of a table without primary key</source>
        <translation>
            <numerusform>%1, %n row of a table without primary key</numerusform>
            <numerusform>%1, %n rows of a table without primary key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n more row(s)</source>
        <translation>
            <numerusform>%1, %n more row</numerusform>
            <numerusform>%1, %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::ErasureWindow</name>
    <message numerus="yes">
        <source>Found %n row(s). Select a row to see its values before and after.</source>
        <translation>
            <numerusform>Found %n row. Select a row to see its values before and after.</numerusform>
            <numerusform>Found %n rows. Select a row to see its values before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="vanished">
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n table(s): </source>
        <translation type="vanished">
            <numerusform> in %n table: </numerusform>
            <numerusform> in %n tables: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to anonymize</source>
        <translation type="vanished">
            <numerusform>%n to anonymize</numerusform>
            <numerusform>%n to anonymize</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to purge</source>
        <translation type="vanished">
            <numerusform>, %n to purge</numerusform>
            <numerusform>, %n to purge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold</source>
        <translation>
            <numerusform>, %n kept on legal hold</numerusform>
            <numerusform>, %n kept on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept without a rule.</source>
        <translation type="vanished">
            <numerusform>, %n kept without a rule.</numerusform>
            <numerusform>, %n kept without a rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="vanished">
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</source>
        <translation type="vanished">
            <numerusform>%n column has no stored rule and uses the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make it yours.</numerusform>
            <numerusform>%n columns have no stored rule and use the suggested one, marked “(suggested)”: %1. Store rules with Rules... to make them yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) anonymized</source>
        <translation>
            <numerusform>%n row anonymized</numerusform>
            <numerusform>%n rows anonymized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n purged (deleted for good)</source>
        <translation>
            <numerusform>, %n purged (deleted for good)</numerusform>
            <numerusform>, %n purged (deleted for good)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept without a rule</source>
        <translation>
            <numerusform>, %n kept without a rule</numerusform>
            <numerusform>, %n kept without a rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, in %n table(s).</source>
        <translation>
            <numerusform>, in %n table.</numerusform>
            <numerusform>, in %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n purged</source>
        <translation type="vanished">
            <numerusform>, %n purged</numerusform>
            <numerusform>, %n purged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept on legal hold.</source>
        <translation type="vanished">
            <numerusform>, %n kept on legal hold.</numerusform>
            <numerusform>, %n kept on legal hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n value(s) removed</source>
        <translation type="vanished">
            <numerusform>No trace of the value removed</numerusform>
            <numerusform>None of the %n values removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> is left in the %n text column(s) searched.</source>
        <translation type="vanished">
            <numerusform> is left in the text column searched.</numerusform>
            <numerusform> is left in the %n text columns searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the commit, PostgreSQL keeps the old row versions in the table files. Plain VACUUM frees their space without blocking anyone. VACUUM FULL writes new files without them, but no one can read or write the table while it runs; Salvage waits at most %n second(s) for the lock and otherwise leaves the table as it is and names the command for a maintenance window.</source>
        <translation>
            <numerusform>After the commit, PostgreSQL keeps the old row versions in the table files. Plain VACUUM frees their space without blocking anyone. VACUUM FULL writes new files without them, but no one can read or write the table while it runs; Salvage waits at most %n second for the lock and otherwise leaves the table as it is and names the command for a maintenance window.</numerusform>
            <numerusform>After the commit, PostgreSQL keeps the old row versions in the table files. Plain VACUUM frees their space without blocking anyone. VACUUM FULL writes new files without them, but no one can read or write the table while it runs; Salvage waits at most %n seconds for the lock and otherwise leaves the table as it is and names the command for a maintenance window.</numerusform>
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
    <name>Salvage::LegalHoldDialog</name>
    <message numerus="yes">
        <source>Put %n row(s) of %1 on legal hold. Erasure requests and purges leave held rows as they are until the hold is released or its date has passed. The hold is recorded in the audit log.</source>
        <translation>
            <numerusform>Put %n row of %1 on legal hold. Erasure requests and purges leave held rows as they are until the hold is released or its date has passed. The hold is recorded in the audit log.</numerusform>
            <numerusform>Put %n rows of %1 on legal hold. Erasure requests and purges leave held rows as they are until the hold is released or its date has passed. The hold is recorded in the audit log.</numerusform>
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
    <message numerus="yes">
        <source>Kept %n matching row(s) on legal hold.</source>
        <translation>
            <numerusform>Kept %n matching row on legal hold.</numerusform>
            <numerusform>Kept %n matching rows on legal hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage::PrivacyController</name>
    <message numerus="yes">
        <source>Anonymize %n row(s) of %1?</source>
        <translation>
            <numerusform>Anonymize %n row of %1?</numerusform>
            <numerusform>Anonymize %n rows of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymized %n row(s) of %1</source>
        <translation>
            <numerusform>Anonymized %n row of %1</numerusform>
            <numerusform>Anonymized %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the legal hold of %n row(s) of %1?</source>
        <translation>
            <numerusform>Release the legal hold of %n row of %1?</numerusform>
            <numerusform>Release the legal hold of %n rows of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n row(s) of %1 from legal hold.</source>
        <translation>
            <numerusform>Released %n row of %1 from legal hold.</numerusform>
            <numerusform>Released %n rows of %1 from legal hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n row(s) of %1 on legal hold until %2.</source>
        <translation>
            <numerusform>Put %n row of %1 on legal hold until %2.</numerusform>
            <numerusform>Put %n rows of %1 on legal hold until %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n row(s) of %1 on legal hold until released.</source>
        <translation>
            <numerusform>Put %n row of %1 on legal hold until released.</numerusform>
            <numerusform>Put %n rows of %1 on legal hold until released.</numerusform>
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
    <name>Salvage::RulesEditor</name>
    <message numerus="yes">
        <source> (%n rule(s))</source>
        <translation>
            <numerusform> (%n rule)</numerusform>
            <numerusform> (%n rules)</numerusform>
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
    <message numerus="yes">
        <source>%n of the selected row(s) of %1 are on legal hold and may not be purged: %2. Nothing was changed. A hold must be released before its row can be purged.</source>
        <translation>
            <numerusform>%n of the selected rows of %1 is on legal hold and may not be purged: %2. Nothing was changed. A hold must be released before its row can be purged.</numerusform>
            <numerusform>%n of the selected rows of %1 are on legal hold and may not be purged: %2. Nothing was changed. A hold must be released before its row can be purged.</numerusform>
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
