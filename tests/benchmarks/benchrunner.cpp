#include "benchrunner.h"

#include "datagen.h"
#include "rawpg.h"
#include "rawsqlite.h"
#include "rss.h"
#include "salvagepath.h"

#include "models/rowquery.h"
#include "trash/bulkoperation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>

namespace Salvage::Bench {

namespace {

constexpr int cancelDelayMs = 100;
// The superseded query: an unindexed LIKE evaluated over at least 10M rows (the issue's
// table size), reached on smaller tables by joining a small counter.
constexpr qint64 slowQueryEvaluations = 10000000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString textOf(const QDateTime &time)
{
    return DataGen::timestampText(time);
}

QString runStatement(RawDb &raw, const DataGen::Statement &statement)
{
    const Sample s = raw.exec(statement.sql, statement.values);
    return s.error;
}

QString rawRestoreSql()
{
    return QStringLiteral("UPDATE items SET deleted_at = NULL, deleted_by = NULL "
                          "WHERE deleted_at IS NOT NULL AND deleted_by = ? "
                          "AND deleted_at >= ? AND deleted_at < ?");
}

QString rawPurgeSql()
{
    return QStringLiteral("DELETE FROM items WHERE deleted_at IS NOT NULL AND deleted_by = ? "
                          "AND deleted_at >= ? AND deleted_at < ?");
}

QVariantList windowValues(const QDateTime &from, const QDateTime &to)
{
    return {DataGen::batchActor(), textOf(from), textOf(to)};
}

QString sampleJson(const Sample &s)
{
    QJsonObject o{{QStringLiteral("ms"), s.ms},
                  {QStringLiteral("rows"), s.rows},
                  {QStringLiteral("id_sum"), s.idSum},
                  {QStringLiteral("rss_growth_mb"), s.rssGrowthMb},
                  {QStringLiteral("error"), s.error}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::unique_ptr<RawDb> makeRawDb(const ConnectionUrl &url)
{
    if (url.backend == Backend::PostgreSQL)
        return std::make_unique<RawPg>(url);
    return std::make_unique<RawSqlite>(url.path);
}

QString scrollAllRawSql()
{
    return QStringLiteral("SELECT * FROM items WHERE deleted_at IS NULL ORDER BY id");
}

int runChildCase(const QString &caseName, const QString &side, const ConnectionUrl &url)
{
    Q_UNUSED(caseName) // only scroll_all runs in a child so far
    Sample sample;
    QString error;
    if (side == QLatin1String("raw")) {
        std::unique_ptr<RawDb> raw = makeRawDb(url);
        if (!raw->open(&error)) {
            sample = Sample::failed(error);
        } else {
            const qint64 peakBefore = peakRssKb();
            sample = raw->stream(scrollAllRawSql(), {});
            sample.rssGrowthMb = (peakRssKb() - peakBefore) / 1024.0;
        }
    } else {
        SalvagePath salvage(url);
        sample = salvage.open(&error) ? salvage.scrollAll() : Sample::failed(error);
    }
    std::fputs(qPrintable(sampleJson(sample) + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
    return sample.ok() ? 0 : 1;
}

BenchRunner::BenchRunner(const ConnectionUrl &url, qint64 rows, const QStringList &only)
    : m_url(url)
    , m_rows(rows)
    , m_only(only)
{}

QStringList BenchRunner::caseNames()
{
    // Keep in step with cases(): a case missing here still runs by default, but --cases
    // cannot name it.
    return {QStringLiteral("open_first_200"),
            QStringLiteral("jump_middle"),
            QStringLiteral("jump_end"),
            QStringLiteral("filter_first_page"),
            QStringLiteral("sort_first_page"),
            QStringLiteral("scroll_all"),
            QStringLiteral("decode_1m"),
            QStringLiteral("cancel_superseded"),
            QStringLiteral("restore_100k"),
            QStringLiteral("restore_1m"),
            QStringLiteral("purge_100k")};
}

BenchRunner::~BenchRunner() = default;

QString BenchRunner::backendName() const
{
    return m_url.backend == Backend::PostgreSQL ? QStringLiteral("postgresql")
                                                : QStringLiteral("sqlite");
}

Sample BenchRunner::runChild(const QString &caseName, const QString &side)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_url.password.isEmpty()) // not on the command line, where `ps` shows it
        environment.insert(QStringLiteral("PGPASSWORD"), m_url.password);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--case"),
                 caseName,
                 QStringLiteral("--side"),
                 side,
                 QStringLiteral("--data-url"),
                 m_url.toString(),
                 QStringLiteral("--rows"),
                 QString::number(m_rows)});
    if (!child.waitForFinished(-1))
        return Sample::failed(QStringLiteral("child process: %1").arg(child.errorString()));
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
    if (o.isEmpty()) {
        return Sample::failed(
            QStringLiteral("child process exited with %1 and no result").arg(child.exitCode()));
    }
    Sample s;
    s.ms = o.value(QStringLiteral("ms")).toDouble();
    s.rows = o.value(QStringLiteral("rows")).toInteger();
    s.idSum = o.value(QStringLiteral("id_sum")).toInteger();
    s.rssGrowthMb = o.value(QStringLiteral("rss_growth_mb")).toDouble();
    s.error = o.value(QStringLiteral("error")).toString();
    return s;
}

CaseResult BenchRunner::runCase(const Case &c)
{
    CaseResult result;
    result.backend = backendName();
    result.name = c.name;
    result.goal = c.goal;
    result.rows = c.rows;
    std::fprintf(stderr, "  %s ...\n", qPrintable(c.name));

    QList<double> rawMs, salvageMs, rawRss, salvageRss;
    QStringList notes;
    std::optional<Sample> reference;
    const auto measure = [&](const std::function<Sample()> &side,
                             const char *sideName,
                             QList<double> *ms,
                             QList<double> *rss) {
        if (!result.error.isEmpty())
            return;
        if (c.prepare) {
            const QString error = c.prepare();
            if (!error.isEmpty()) {
                result.error = QStringLiteral("preparing a run failed: %1").arg(error);
                return;
            }
        }
        const Sample s = side();
        if (!s.ok()) {
            result.error = QStringLiteral("%1: %2").arg(QLatin1String(sideName), s.error);
            return;
        }
        if (c.compareRows) {
            if (!reference) {
                reference = s;
            } else if (s.rows != reference->rows || s.idSum != reference->idSum) {
                result.error = QStringLiteral("%1 delivered %2 rows (id sum %3), expected %4 "
                                              "(id sum %5)")
                                   .arg(QLatin1String(sideName))
                                   .arg(s.rows)
                                   .arg(s.idSum)
                                   .arg(reference->rows)
                                   .arg(reference->idSum);
                return;
            }
        }
        if (!s.note.isEmpty() && !notes.contains(s.note))
            notes << s.note;
        if (ms)
            ms->append(s.ms);
        if (rss && s.rssGrowthMb >= 0)
            rss->append(s.rssGrowthMb);
    };
    // Warm-up (caches, plans, connections), then the measured runs, alternating.
    measure(c.raw, "raw", nullptr, nullptr);
    if (c.salvage)
        measure(c.salvage, "salvage", nullptr, nullptr);
    for (int i = 0; i < Repeats; ++i) {
        measure(c.raw, "raw", &rawMs, &rawRss);
        if (c.salvage)
            measure(c.salvage, "salvage", &salvageMs, &salvageRss);
    }
    if (!result.error.isEmpty())
        return result;
    if (reference && c.compareRows && reference->rows != c.rows) {
        result.error = QStringLiteral("both sides delivered %1 rows, expected %2")
                           .arg(reference->rows)
                           .arg(c.rows);
        return result;
    }
    result.rawMs = median(rawMs);
    if (!rawRss.isEmpty())
        result.rawRssGrowthMb = median(rawRss);
    if (!c.salvage) {
        result.note = c.salvageMissing;
        return result;
    }
    result.note = notes.join(QLatin1String("; "));
    result.salvageMs = median(salvageMs);
    if (!salvageRss.isEmpty())
        result.rssGrowthMb = median(salvageRss);
    result.met = c.met(result);
    return result;
}

QList<BenchRunner::Case> BenchRunner::cases()
{
    RawDb &raw = *m_raw;
    RawDb &setup = *m_setup;
    SalvagePath &salvage = *m_salvage;
    const qint64 active = m_rows - m_rows / 10;
    const auto within = [](double limitMs) {
        return [limitMs](const CaseResult &r) { return *r.salvageMs <= limitMs; };
    };
    const auto ratioAtMost = [](double limit) {
        return [limit](const CaseResult &r) { return r.ratio() && *r.ratio() <= limit; };
    };
    QList<Case> list;

    Case open;
    open.name = QStringLiteral("open_first_200");
    open.goal = QStringLiteral("≤ 3× raw + 20 ms");
    open.rows = PageRows;
    open.raw = [&raw]() {
        return raw.fetchGrid(QStringLiteral("SELECT * FROM items WHERE deleted_at IS NULL "
                                            "ORDER BY id LIMIT ?"),
                             {PageRows});
    };
    open.salvage = [&salvage]() { return salvage.openFirstPage(PageRows); };
    open.met = [](const CaseResult &r) { return *r.salvageMs <= 3 * *r.rawMs + 20; };
    list << open;

    for (const bool toEnd : {false, true}) {
        Case jump;
        jump.name = toEnd ? QStringLiteral("jump_end") : QStringLiteral("jump_middle");
        jump.goal = QStringLiteral("≤ 100 ms");
        jump.rows = PageRows;
        // Raw: a keyset query from a key known to be there (the end: ~230 rows before the
        // last id, enough for 200 active rows).
        const qint64 key = toEnd ? std::max<qint64>(0, m_rows - 230) : m_rows / 2;
        jump.raw = [&raw, key]() {
            return raw.fetchGrid(QStringLiteral("SELECT * FROM items WHERE deleted_at IS NULL "
                                                "AND id > ? ORDER BY id LIMIT ?"),
                                 {key, PageRows});
        };
        jump.salvage = [&salvage, toEnd]() { return salvage.jump(toEnd); };
        jump.met = within(100);
        jump.compareRows = false; // the model may position approximately
        list << jump;
    }

    Case filter;
    filter.name = QStringLiteral("filter_first_page");
    filter.goal = QStringLiteral("≤ 100 ms");
    filter.rows = PageRows;
    // The same rows on both sides: only emails contain "user12", all of them at the start.
    filter.raw = [&raw]() {
        return raw.fetchGrid(QStringLiteral("SELECT * FROM items WHERE deleted_at IS NULL "
                                            "AND email LIKE ? ORDER BY id LIMIT ?"),
                             {QStringLiteral("user12%"), PageRows});
    };
    filter.salvage = [&salvage]() {
        return salvage.filterFirstPage(QStringLiteral("user12"), PageRows);
    };
    filter.met = within(100);
    list << filter;

    Case sort;
    sort.name = QStringLiteral("sort_first_page");
    sort.goal = QStringLiteral("≤ 100 ms");
    sort.rows = PageRows;
    sort.raw = [&raw]() {
        return raw.fetchGrid(QStringLiteral("SELECT * FROM items WHERE deleted_at IS NULL "
                                            "ORDER BY created_at, id LIMIT ?"),
                             {PageRows});
    };
    sort.salvage = [&salvage]() {
        return salvage.sortFirstPage(QStringLiteral("created_at"), PageRows);
    };
    sort.met = within(100);
    list << sort;

    Case scroll;
    scroll.name = QStringLiteral("scroll_all");
    scroll.goal = QStringLiteral("peak RSS growth ≤ 64 MB");
    scroll.rows = active;
    const QString scrollName = QStringLiteral("scroll_all");
    scroll.raw = [this, scrollName]() { return runChild(scrollName, QStringLiteral("raw")); };
    scroll.salvage = [this]() {
        return runChild(QStringLiteral("scroll_all"), QStringLiteral("salvage"));
    };
    scroll.met = [](const CaseResult &r) { return r.rssGrowthMb && *r.rssGrowthMb <= 64; };
    list << scroll;

    Case decode;
    decode.name = QStringLiteral("decode_1m");
    decode.goal = QStringLiteral("ratio ≤ 2");
    decode.rows = std::min<qint64>(1000000, m_rows);
    {
        // Exactly the SELECT RecordModel builds (all columns plus its keyset column), on
        // both sides.
        RowQuery query(salvage.table(), m_url.backend);
        query.setScope(Scope::All);
        query.setLimit(int(decode.rows));
        const QString sql = query.page({}).sql;
        const int width = int(salvage.table().columns.size()) + query.keyColumnCount();
        decode.raw = [&raw, sql]() { return raw.stream(sql, {}); };
        decode.salvage = [&salvage, sql, width]() { return salvage.decode(sql, width); };
    }
    decode.met = ratioAtMost(2);
    list << decode;

    Case cancel;
    cancel.name = QStringLiteral("cancel_superseded");
    cancel.goal = QStringLiteral("≤ 50 ms");
    {
        const qint64 repeat = std::max<qint64>(1, (slowQueryEvaluations + m_rows - 1) / m_rows);
        const QString sql = QStringLiteral(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ?) "
            "SELECT count(*) FROM items, r WHERE items.email || r.n LIKE ?");
        const QVariantList values{repeat, QStringLiteral("%zzz%")};
        cancel.raw = [&raw, sql, values]() { return raw.cancelAfter(sql, values, cancelDelayMs); };
        cancel.salvage = [&salvage, sql, values]() {
            return salvage.cancelSlowQuery(sql, values, cancelDelayMs);
        };
    }
    cancel.met = within(50);
    list << cancel;

    // Bulk cases: the rows are put back between runs (untimed), so each run finds the same.
    // A third session writes them, as an application would have: a session that changes
    // rows it wrote itself a moment ago does so faster (on PostgreSQL, deleting 100k rows
    // took 40-65 ms in the session that had inserted them, 90-157 ms in another one), and
    // Salvage is never that session.
    const auto restoreCase = [&](const QString &name, qint64 target) {
        Case restore;
        restore.name = name;
        restore.goal = QStringLiteral("ratio ≤ 1.5");
        restore.rows = std::min(target, m_rows / 10);
        const qint64 count = restore.rows;
        const Backend backend = m_url.backend;
        const QVariantList window = windowValues(DataGen::restoreWindowFrom(),
                                                 DataGen::restoreWindowTo());
        restore.prepare = [&setup, backend, count, window]() {
            QString error = runStatement(setup, {rawRestoreSql(), window}); // leftovers
            if (error.isEmpty())
                error = runStatement(setup, DataGen::trashForRestore(backend, count));
            return error;
        };
        restore.raw = [&raw, window]() { return raw.exec(rawRestoreSql(), window); };
        restore.salvage = [&salvage]() {
            RowFilter filter;
            filter.deletedBy = DataGen::batchActor();
            filter.deletedFrom = DataGen::restoreWindowFrom();
            filter.deletedTo = DataGen::restoreWindowTo();
            return salvage.bulk(Operation::Restore, filter);
        };
        restore.met = ratioAtMost(1.5);
        return restore;
    };
    list << restoreCase(QStringLiteral("restore_100k"), 100000);
    if (m_rows / 10 > 100000) {
        list << restoreCase(QStringLiteral("restore_1m"), 1000000);
    } else {
        Case skipped;
        skipped.name = QStringLiteral("restore_1m");
        skipped.goal = QStringLiteral("ratio ≤ 1.5");
        skipped.salvageMissing = QStringLiteral("needs --rows > 1000000: only 10% are trashed");
        list << skipped;
    }

    Case purge;
    purge.name = QStringLiteral("purge_100k");
    purge.goal = QStringLiteral("ratio ≤ 1.5");
    purge.rows = std::min<qint64>(100000, m_rows / 10);
    {
        const qint64 count = purge.rows;
        const qint64 rows = m_rows;
        const Backend backend = m_url.backend;
        const QVariantList window = windowValues(DataGen::purgeWindowFrom(),
                                                 DataGen::purgeWindowTo());
        purge.prepare = [&setup, backend, rows, count]() {
            QString error = runStatement(setup, DataGen::removePurgeLeftovers());
            if (error.isEmpty())
                error = runStatement(setup, DataGen::insertForPurge(backend, rows, count));
            return error;
        };
        purge.raw = [&raw, window]() { return raw.exec(rawPurgeSql(), window); };
        purge.salvage = [&salvage]() {
            RowFilter filter;
            filter.deletedBy = DataGen::batchActor();
            filter.deletedFrom = DataGen::purgeWindowFrom();
            filter.deletedTo = DataGen::purgeWindowTo();
            return salvage.bulk(Operation::Purge, filter);
        };
        purge.met = ratioAtMost(1.5);
    }
    list << purge;
    return list;
}

QList<CaseResult> BenchRunner::run(QString *error)
{
    m_raw = makeRawDb(m_url);
    m_setup = makeRawDb(m_url);
    if (!m_raw->open(error) || !m_setup->open(error))
        return {};
    m_salvage = std::make_unique<SalvagePath>(m_url);
    if (!m_salvage->open(error))
        return {};
    QList<CaseResult> results;
    for (const Case &c : cases()) {
        if (!m_only.isEmpty() && !m_only.contains(c.name))
            continue;
        if (!c.raw) { // cannot run at this size at all
            CaseResult r;
            r.backend = backendName();
            r.name = c.name;
            r.goal = c.goal;
            r.note = c.salvageMissing;
            results << r;
            continue;
        }
        results << runCase(c);
    }
    // Whatever a failed bulk run left behind.
    runStatement(*m_setup, DataGen::removePurgeLeftovers());
    m_salvage.reset();
    m_setup.reset();
    m_raw.reset();
    return results;
}

} // namespace Salvage::Bench
