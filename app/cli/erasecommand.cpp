#include "commands.h"

#include "eraseoutput.h"
#include "erasurereportpdf.h"
#include "output.h"
#include "privacy/erasurereport.h"
#include "privacy/erasureinputs.h"
#include "session.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace Salvage::Cli {

namespace {

// The plan and what it was made from, read before anything changes.
int readPlan(Session &session,
             const ErasureOptions &erasure,
             QList<TableInfo> *tables,
             PlannedErasure *planned)
{
    if (const int code = session.allTables(tables); code != ExitOk)
        return code;
    SubjectSearch search;
    search.value = session.options().subject;
    // The salt is created on first use; a dry run must leave no trace and work for a role
    // that may only read. Without it the plan is the same; only hashes differ, and a dry run
    // shows none.
    *planned = planErasure(session.connection(), *tables, search, erasure,
                           !session.options().dryRun);
    switch (planned->failedAt) {
    case PlannedErasure::Step::Search:
        Session::reportError(Commands::tr("cannot search for the data subject"), planned->error);
        return ExitFailed;
    case PlannedErasure::Step::Rules:
        Session::reportError(Commands::tr("cannot read the anonymization rules"), planned->error);
        return ExitFailed;
    case PlannedErasure::Step::Holds:
        Session::reportError(Commands::tr("cannot read the legal holds"), planned->error);
        return ExitFailed;
    case PlannedErasure::Step::None:
        break;
    }
    if (planned->saltError.isError()) {
        Session::reportError(Commands::tr("cannot read the anonymization rules"),
                             planned->saltError);
        return ExitFailed;
    }
    return ExitOk;
}

int reportFailure(const ErasureResult &result)
{
    const QStringList remaining = remainingText(result);
    if (remaining.isEmpty()) {
        QString message = result.error.message;
        if (message.isEmpty())
            message = Commands::tr("the erasure failed; nothing was changed");
        printError(message);
        return ExitFailed;
    }
    printError(Commands::tr("verification failed: a value of the subject is still in %1; "
                            "everything was rolled back, nothing was changed")
                   .arg(remaining.join(QLatin1String("; "))));
    const auto any = [&result](bool inPlan, bool redactable) {
        return std::any_of(result.remaining.cbegin(),
                           result.remaining.cend(),
                           [=](const FoundCopy &c) {
                               return c.inPlan == inPlan && (inPlan || c.redactable == redactable);
                           });
    };
    if (any(true, false))
        printError(Commands::tr("the planned rows keep the value in a column without a rule: "
                                "store a rule for it (rules --import) or correct the data"));
    if (any(false, true))
        printError(Commands::tr("rows outside the plan mention the subject: erase again with "
                                "--redact-mentions to replace the values there with "
                                "[redacted], or correct them"));
    if (any(false, false))
        printError(Commands::tr("some copies cannot be redacted (a binary column, a key, or rows "
                                "not named by a key): correct them by hand"));
    return ExitFailed;
}

// The report is opened before the erasure so that a path that cannot be written stops it
// while nothing has changed yet. FILE.pdf gets the PDF, anything else (FILE.json) the JSON.
int writeReport(QSaveFile *file, const QByteArray &json, const QString &operationId)
{
    QByteArray bytes = json;
    QString why;
    if (file->fileName().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        bytes = erasureReportPdf(json, &why);
    if (!bytes.isEmpty() && file->write(bytes) == bytes.size() && file->commit()) {
        printError(Commands::tr("report written to %1").arg(file->fileName()));
        return ExitOk;
    }
    if (why.isEmpty())
        why = file->errorString();
    file->cancelWriting();
    printError(Commands::tr("the erasure is done (operation %1), but the report could not be "
                            "written to %2: %3; here it is instead:")
                   .arg(operationId, file->fileName(), why));
    printError(QString::fromUtf8(json));
    return ExitFailed;
}

} // namespace

int Commands::erase(Session &session)
{
    const Options &options = session.options();
    std::unique_ptr<QSaveFile> report;
    if (!options.reportFile.isEmpty()) {
        report = std::make_unique<QSaveFile>(options.reportFile);
        if (!report->open(QIODevice::WriteOnly)) {
            printError(tr("cannot write the report %1: %2 (nothing was changed)")
                           .arg(options.reportFile, report->errorString()));
            return ExitFailed;
        }
    }

    ErasureOptions erasure;
    erasure.ticket = options.ticket;
    erasure.strict = options.strict;
    erasure.purgeUnreferencedTrashed = options.purgeTrashed;
    erasure.redactMentions = options.redactMentions;
    QList<TableInfo> tables;
    PlannedErasure planned;
    if (const int code = readPlan(session, erasure, &tables, &planned); code != ExitOk)
        return code;
    const ErasurePlan &plan = planned.plan;

    // With --json an erasure prints its report instead of the plan.
    if (!options.json)
        printOut(planText(plan, tables, planned.holds));
    else if (options.dryRun || plan.isEmpty())
        printJson(planJson(plan, tables, options.dryRun));
    if (!plan.refusal.isEmpty()) {
        printError(tr("the erasure is refused: %1 (nothing was changed)").arg(plan.refusal));
        return ExitFailed;
    }
    if (options.dryRun) {
        printError(tr("dry run: nothing was changed"));
        return ExitOk;
    }
    // The subject is not (or no longer) in the database: done, with nothing to verify.
    if (plan.isEmpty()) {
        printError(report ? tr("nothing was changed; no report was written")
                          : tr("nothing was changed"));
        return ExitOk;
    }

    const bool auditExisted = session.auditExists();
    ErasureService service(session.connection(), tables);
    ScrubMode scrub = ScrubMode::Vacuum;
    scrubModeFromName(options.scrub, &scrub); // checked by the command line
    service.setScrubbing(scrub);
    const ErasureResult result = service.apply(plan, options.actor, true);
    session.noteAuditCreated(auditExisted);
    if (!result.ok)
        return reportFailure(result);

    const QByteArray json = ErasureReport::toJson(plan, result, session.connection().url());
    if (options.json)
        printJson(QJsonDocument::fromJson(json).object());
    else
        printOut(resultText(plan, result));
    return report ? writeReport(report.get(), json, result.operationId) : ExitOk;
}

} // namespace Salvage::Cli
