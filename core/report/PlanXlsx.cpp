#include "PlanXlsx.h"

#include "PlanFigures.h"

#include <cstdio>
#include <xlsxwriter.h>

namespace kol {

namespace {
// The workbook's formats, made once per workbook.
struct Formats
{
    lxw_format* header;
    lxw_format* money;
    lxw_format* count;
    lxw_format* score;
    lxw_format* wrap;
};

void header(lxw_worksheet* sheet, const Formats& f, const std::vector<std::pair<const char*, double>>& columns)
{
    for (size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].first, f.header);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].second, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

void figuresSheet(lxw_workbook* book, const Formats& f, const std::string& scenario, const std::string& currency,
                  const PlanReport& plan)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Figures");
    header(sheet, f, {{"figure", 24}, {"value", 16}, {"meaning", 90}});
    lxw_row_t row = 1;
    auto text = [&](const char* name, const std::string& value) {
        worksheet_write_string(sheet, row, 0, name, nullptr);
        worksheet_write_string(sheet, row, 1, value.c_str(), nullptr);
        ++row;
    };
    text("scenario", scenario);
    text("method", plan.method);
    text("made", plan.created);
    text("currency", currency);
    worksheet_write_string(sheet, row, 0, "budget", nullptr);
    worksheet_write_number(sheet, row, 1, plan.budget, f.money);
    ++row;
    for (const FigureInfo& info : planFigureTable()) {
        const auto value = plan.figure(info.name);
        if (!value) {
            continue;
        }
        const std::string unit = info.unit;
        worksheet_write_string(sheet, row, 0, info.name, nullptr);
        worksheet_write_number(sheet, row, 1, *value,
                               unit == "currency"     ? f.money
                                   : unit == "people" ? f.count
                                                      : f.score);
        worksheet_write_string(sheet, row, 2, info.explanation, f.wrap);
        ++row;
    }
    for (const std::string& note : plan.notes) {
        worksheet_write_string(sheet, row, 0, "note", nullptr);
        worksheet_write_string(sheet, row, 2, note.c_str(), f.wrap);
        ++row;
    }
}

void cellsSheet(lxw_workbook* book, const Formats& f, const PlanReport& plan)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Cells");
    header(sheet, f,
           {{"channel", 14},
            {"phase", 12},
            {"tier", 8},
            {"amount", 14},
            {"spend", 14},
            {"effect", 10},
            {"reach", 16},
            {"engagements", 14},
            {"kols", 10},
            {"kol_ids", 40}});
    lxw_row_t row = 1;
    for (const PlanCell& c : plan.cells) {
        std::string ids;
        for (const PlanKol& k : c.kols) {
            ids += (ids.empty() ? "" : " ") + k.id;
        }
        worksheet_write_string(sheet, row, 0, c.channel.c_str(), nullptr);
        worksheet_write_string(sheet, row, 1, c.phase.c_str(), nullptr);
        worksheet_write_string(sheet, row, 2, c.tier.c_str(), nullptr);
        worksheet_write_number(sheet, row, 3, c.amount, f.money);
        worksheet_write_number(sheet, row, 4, c.spend, f.money);
        worksheet_write_number(sheet, row, 5, c.effect, f.score);
        worksheet_write_number(sheet, row, 6, c.reach, f.count);
        worksheet_write_number(sheet, row, 7, c.engagements, f.count);
        worksheet_write_number(sheet, row, 8, static_cast<double>(c.kols.size()), f.count);
        worksheet_write_string(sheet, row, 9, ids.c_str(), nullptr);
        ++row;
    }
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 0, 9);
}

void kolsSheet(lxw_workbook* book, const Formats& f, const PlanReport& plan)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, "KOLs");
    header(sheet, f,
           {{"channel", 14},
            {"phase", 12},
            {"tier", 8},
            {"kol_id", 12},
            {"name", 32},
            {"followers", 14},
            {"format", 14},
            {"price", 12},
            {"predicted_reach", 16},
            {"predicted_engagements", 20},
            {"score", 8}});
    lxw_row_t row = 1;
    for (const PlanCell& c : plan.cells) {
        for (const PlanKol& k : c.kols) {
            worksheet_write_string(sheet, row, 0, c.channel.c_str(), nullptr);
            worksheet_write_string(sheet, row, 1, c.phase.c_str(), nullptr);
            worksheet_write_string(sheet, row, 2, c.tier.c_str(), nullptr);
            worksheet_write_string(sheet, row, 3, k.id.c_str(), nullptr);
            worksheet_write_string(sheet, row, 4, k.name.c_str(), nullptr);
            worksheet_write_number(sheet, row, 5, static_cast<double>(k.followers), f.count);
            worksheet_write_string(sheet, row, 6, k.format.c_str(), nullptr);
            worksheet_write_number(sheet, row, 7, k.price, f.money);
            worksheet_write_number(sheet, row, 8, k.reach, f.count);
            worksheet_write_number(sheet, row, 9, k.engagements, f.count);
            worksheet_write_number(sheet, row, 10, k.score, f.score);
            ++row;
        }
    }
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 0, 10);
}
} // namespace

Status writePlanXlsx(const std::string& path, const std::string& scenario, const std::string& currency,
                     const PlanReport& plan)
{
    const std::string temporary = path + ".partial";
    std::remove(temporary.c_str());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(temporary.c_str(), &options);
    if (!book) {
        return Status::failure(path + ": cannot write the workbook");
    }
    Formats f{};
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0");
    f.count = workbook_add_format(book);
    format_set_num_format(f.count, "#,##0");
    f.score = workbook_add_format(book);
    format_set_num_format(f.score, "0.000");
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    figuresSheet(book, f, scenario, currency, plan);
    cellsSheet(book, f, plan);
    kolsSheet(book, f, plan);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot write the workbook: " + lxw_strerror(error));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot write the workbook (cannot replace the file)");
    }
    return Status::success();
}

} // namespace kol
