/*
 * The peer of `arka export xlsx --report transactions` in bench/workbook.sh: a bare C program
 * writing the same listing with libxlsxwriter in constant-memory mode, from a tab-separated
 * dump of the same query (one posting a line, already in listing order: fund, budget line,
 * date). Per posting it writes the same 18 filled cells with the same types and formats as arka
 * (text, dates, numbers), a header row per budget line, a SUBTOTAL row after each, and the
 * grand total. It does no checking, no currency lookups and no error reporting beyond the exit
 * status: the library's own limit.
 *
 *   cc -O2 -o transactions_bare transactions_bare.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./transactions_bare dump.tsv out.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

enum { ENTRY, DATE, PAYEE, PURPOSE, INVOICE, NIVF, PAYMENT, FUND, LINE, ACCOUNT, CURRENCY, AMOUNT, RATE, RATE_SOURCE, RATE_DATE, BASE, FIELDS };

static char *fields[FIELDS];

static int split(char *line) {
    int n = 0;
    char *p = line;
    fields[n++] = p;
    for (; *p && n < FIELDS; p++) {
        if (*p == '\t') { *p = 0; fields[n++] = p + 1; }
        else if (*p == '\n') { *p = 0; }
    }
    char *end = strchr(fields[n - 1], '\n');
    if (end) *end = 0;
    return n;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s dump.tsv out.xlsx\n", argv[0]); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 1; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *book = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Transactions");
    lxw_format *date = workbook_add_format(book); format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *money = workbook_add_format(book); format_set_num_format(money, "#,##0.00");
    lxw_format *lek = workbook_add_format(book); format_set_num_format(lek, "#,##0");
    lxw_format *rate = workbook_add_format(book); format_set_num_format(rate, "0.000000");
    lxw_format *heading = workbook_add_format(book); format_set_bold(heading); format_set_pattern(heading, LXW_PATTERN_SOLID); format_set_bg_color(heading, 0xF2F2F2);
    lxw_format *total = workbook_add_format(book); format_set_bold(total); format_set_num_format(total, "#,##0.00");
    lxw_format *boxed = workbook_add_format(book); format_set_border(boxed, LXW_BORDER_THIN);
    lxw_format *header = workbook_add_format(book); format_set_bold(header); format_set_text_wrap(header); format_set_border(header, LXW_BORDER_THIN);

    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, "Table of transactions by budget line", NULL);
    const char *labels[] = {"Entry", "Date", "Payee", "NIPT", "Purpose", "Invoice", "NIVF", "Payment reference", "Fund", "Budget line",
                            "Account", "Currency", "Amount", "Rate", "Rate source", "Rate date", "Amount in EUR", "Eligible", "Sample", "Comment"};
    row++;
    for (int c = 0; c < 20; c++) worksheet_write_string(sheet, row, c, labels[c], header);
    row++;
    lxw_row_t first = row, group_start = row;
    char group[256] = "", line[8192], formula[64];
    double group_sum = 0, grand = 0;
    int grouped = 0;
    while (fgets(line, sizeof line, in)) {
        if (split(line) < FIELDS) continue;
        char key[256];
        snprintf(key, sizeof key, "%s %s", fields[FUND], fields[LINE]);
        if (!grouped || strcmp(key, group) != 0) {
            if (grouped) {
                snprintf(formula, sizeof formula, "=SUBTOTAL(9,Q%u:Q%u)", group_start + 1, row);
                worksheet_write_string(sheet, row, 0, "Subtotal", heading);
                worksheet_write_formula_num(sheet, row++, 16, formula, total, group_sum);
            }
            strcpy(group, key);
            worksheet_write_string(sheet, row, 0, group, heading);
            for (int c = 1; c < 20; c++) worksheet_write_blank(sheet, row, c, heading);
            row++;
            group_start = row;
            group_sum = 0;
            grouped = 1;
        }
        int y, m, d;
        worksheet_write_string(sheet, row, 0, fields[ENTRY], NULL);
        if (sscanf(fields[DATE], "%d-%d-%d", &y, &m, &d) == 3) {
            lxw_datetime when = {y, m, d, 0, 0, 0};
            worksheet_write_datetime(sheet, row, 1, &when, date);
        }
        if (*fields[PAYEE]) worksheet_write_string(sheet, row, 2, fields[PAYEE], NULL);
        worksheet_write_string(sheet, row, 4, fields[PURPOSE], NULL);
        if (*fields[INVOICE]) worksheet_write_string(sheet, row, 5, fields[INVOICE], NULL);
        if (*fields[NIVF]) worksheet_write_string(sheet, row, 6, fields[NIVF], NULL);
        if (*fields[PAYMENT]) worksheet_write_string(sheet, row, 7, fields[PAYMENT], NULL);
        if (*fields[FUND]) worksheet_write_string(sheet, row, 8, fields[FUND], NULL);
        if (*fields[LINE]) worksheet_write_string(sheet, row, 9, fields[LINE], NULL);
        worksheet_write_string(sheet, row, 10, fields[ACCOUNT], NULL);
        worksheet_write_string(sheet, row, 11, fields[CURRENCY], NULL);
        worksheet_write_number(sheet, row, 12, atof(fields[AMOUNT]) / 100, strcmp(fields[CURRENCY], "ALL") ? money : lek);
        if (*fields[RATE]) worksheet_write_number(sheet, row, 13, atof(fields[RATE]), rate);
        if (*fields[RATE_SOURCE]) worksheet_write_string(sheet, row, 14, fields[RATE_SOURCE], NULL);
        if (*fields[RATE_DATE]) worksheet_write_string(sheet, row, 15, fields[RATE_DATE], NULL);
        double base = atof(fields[BASE]) / 100;
        worksheet_write_number(sheet, row, 16, base, money);
        worksheet_write_string(sheet, row, 17, "yes", NULL);
        worksheet_write_blank(sheet, row, 18, boxed);
        worksheet_write_blank(sheet, row, 19, boxed);
        group_sum += base;
        grand += base;
        row++;
    }
    if (grouped) {
        snprintf(formula, sizeof formula, "=SUBTOTAL(9,Q%u:Q%u)", group_start + 1, row);
        worksheet_write_string(sheet, row, 0, "Subtotal", heading);
        worksheet_write_formula_num(sheet, row++, 16, formula, total, group_sum);
    }
    snprintf(formula, sizeof formula, "=SUBTOTAL(9,Q%u:Q%u)", first + 1, row);
    worksheet_write_string(sheet, row, 0, "Total expenditure", heading);
    worksheet_write_formula_num(sheet, row, 16, formula, total, grand);
    fclose(in);
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
