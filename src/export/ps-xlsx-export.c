/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Excel export: the workbook, its summary and inputs, the status sheets,
 * the day-rate curve, and the safe write to disk. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "ps-file.h"
#include "ps-money.h"
#include "ps-rights.h"
#include "ps-xlsx-export.h"
#include "ps-xlsx-private.h"
#include "ps-xlsx-split-search.h"

/* Each status has a sheet of its own, with live formulas: its function
 * writes it and gives the cells of its yearly figures for the Summary. */
typedef void (*PsStatusSheetFunc) (PsXlsx        *x,
                                   PsStatus       status,
                                   PsStatusCells *out);

static const struct
{
  const char        *sheet_name;   /* N_(): short, for the tab */
  PsStatusSheetFunc  write;
} status_sheets[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = { N_("Portage"), ps_xlsx_write_portage },
  [PS_STATUS_CDI] = { N_("CDI"), ps_xlsx_write_cdi },
  [PS_STATUS_MICRO] = { NULL, ps_xlsx_write_micro },
  [PS_STATUS_SASU] = { NULL, ps_xlsx_write_sasu },
  [PS_STATUS_EURL] = { NULL, ps_xlsx_write_eurl },
};

static const struct
{
  PsField     field;
  const char *key;      /* JSON key of the status, and name suffix */
} field_keys[] = {
  { PS_FIELD_REVENUE, "revenue_yearly" },
  { PS_FIELD_COSTS, "costs_yearly" },
  { PS_FIELD_EXPENSES, "expenses_yearly" },
  { PS_FIELD_CONTRIBUTIONS, "contributions_yearly" },
  { PS_FIELD_CORPORATE_TAX, "corporate_tax_yearly" },
  { PS_FIELD_GROSS, "gross_yearly" },
  { PS_FIELD_NET_BEFORE_TAX, "net_before_tax_yearly" },
  { PS_FIELD_INCOME_TAX, "income_tax_yearly" },
  { PS_FIELD_NET_AFTER_TAX, "net_after_tax_yearly" },
  { PS_FIELD_DEFERRED, "deferred_yearly" },
};

static double
field_value (const PsStatusResult *r,
             PsField               field)
{
  switch (field)
    {
    case PS_FIELD_REVENUE: return r->revenue_yearly;
    case PS_FIELD_COSTS: return r->costs_yearly;
    case PS_FIELD_EXPENSES: return r->expenses_yearly;
    case PS_FIELD_CONTRIBUTIONS: return r->contributions_yearly;
    case PS_FIELD_CORPORATE_TAX: return r->corporate_tax_yearly;
    case PS_FIELD_GROSS: return r->gross_yearly;
    case PS_FIELD_NET_BEFORE_TAX: return r->net_before_tax_yearly;
    case PS_FIELD_INCOME_TAX: return r->income_tax_yearly;
    case PS_FIELD_NET_AFTER_TAX: return r->net_after_tax_yearly;
    case PS_FIELD_DEFERRED: return r->deferred_yearly;
    case PS_N_FIELDS:
    default: return 0;
    }
}

static const char *
field_label (PsField field)
{
  switch (field)
    {
    case PS_FIELD_REVENUE: return _("Revenue excl. VAT (CDI: the employer cost)");
    case PS_FIELD_COSTS: return _("Management fee and running costs");
    case PS_FIELD_EXPENSES: return _("Professional expenses (reimbursed in portage)");
    case PS_FIELD_CONTRIBUTIONS: return _("Social contributions, employee and employer");
    case PS_FIELD_CORPORATE_TAX: return _("Corporate tax (IS)");
    case PS_FIELD_GROSS: return _("Gross salary");
    case PS_FIELD_NET_BEFORE_TAX: return _("Net before income tax");
    case PS_FIELD_INCOME_TAX: return _("Income tax");
    case PS_FIELD_NET_AFTER_TAX: return _("Net after income tax, per year");
    case PS_FIELD_DEFERRED: return _("Deferred pay (réserve financière)");
    case PS_N_FIELDS:
    default: return "";
    }
}

/* One colour per status, in the Summary's chart and on the Curve: the
 * window's (src/app/ps-chart-view.c, libadwaita's palette); a status that
 * can't be used at the exported inputs is grey. */
static const lxw_color_t status_colors[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = 0x3584E4,
  [PS_STATUS_CDI] = 0xE66100,
  [PS_STATUS_MICRO] = 0x26A269,
  [PS_STATUS_SASU] = 0x9141AC,
  [PS_STATUS_EURL] = 0xE01B24,
};
#define UNUSABLE_COLOR 0xBFBFBF

/* The Summary, from the top: title, disclaimer, the comparison (frozen
 * header), its chart, then the inputs. */
#define SUMMARY_TABLE_ROW 3
/* section, header, the fields, per month, share, three protections,
 * usable, best; then the hidden row of the chart's labels */
#define SUMMARY_TABLE_ROWS (2 + (int) G_N_ELEMENTS (field_keys) + 1 + 1 + 3 + 1 + 1 + 1)
#define SUMMARY_CHART_ROWS 19

/* ------------------------------------------------------------ formats */

static lxw_format *
new_format (PsXlsx *x)
{
  lxw_format *f = workbook_add_format (x->wb);

  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 10);
  /* rows with wrapped text are taller: keep every cell at the top */
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

static lxw_format *
number_format (PsXlsx     *x,
               const char *num,
               gboolean    bold,
               gboolean    input)
{
  lxw_format *f = new_format (x);

  format_set_num_format (f, num);
  if (bold)
    {
      format_set_bold (f);
      format_set_top (f, LXW_BORDER_THIN);
    }
  if (input)
    {
      /* the only cells of the protected Summary one can type in */
      format_set_unlocked (f);
      format_set_bg_color (f, 0xFFF2CC);
      format_set_border (f, LXW_BORDER_THIN);
      format_set_border_color (f, 0xBFBFBF);
      format_set_font_color (f, 0x1F3864);
    }
  return f;
}

static void
create_formats (PsXlsx *x)
{
  PsFormats *f = &x->fmt;
  /* Translators: number formats of the spreadsheet, in Excel's notation
   * (',' groups thousands, '.' is the decimal point: the viewer shows its
   * own separators). French: #,##0.00\ "€" */
  const char *money = C_("xlsx number format", "\"€\"#,##0.00");
  const char *money_whole = C_("xlsx number format", "\"€\"#,##0");
  /* Translators: French: 0.00\ % */
  /* xgettext:no-c-format */
  const char *percent = C_("xlsx number format", "0.00%");
  /* a contribution rate: 2 decimals, or the 3 or 4 it needs (0.024 %) */
  const char *rate = percent;
  /* Translators: French: 0.000\ % */
  /* xgettext:no-c-format */
  const char *rate3 = C_("xlsx number format", "0.000%");
  /* Translators: French: 0.0000\ % */
  /* xgettext:no-c-format */
  const char *rate4 = C_("xlsx number format", "0.0000%");
  /* Translators: French: dd/mm/yyyy */
  const char *date = C_("xlsx number format", "yyyy-mm-dd");

  f->title = new_format (x);
  format_set_bold (f->title);
  format_set_font_size (f->title, 14);
  format_set_font_color (f->title, 0x1F3864);
  f->subtitle = new_format (x);
  format_set_italic (f->subtitle);
  format_set_font_color (f->subtitle, 0x595959);
  f->note = new_format (x);
  format_set_italic (f->note);
  format_set_font_color (f->note, 0x7F7F7F);
  f->subtitle_wrap = new_format (x);
  format_set_italic (f->subtitle_wrap);
  format_set_font_color (f->subtitle_wrap, 0x595959);
  format_set_text_wrap (f->subtitle_wrap);
  f->note_wrap = new_format (x);
  format_set_italic (f->note_wrap);
  format_set_font_color (f->note_wrap, 0x7F7F7F);
  format_set_text_wrap (f->note_wrap);
  f->section = new_format (x);
  format_set_bold (f->section);
  format_set_font_size (f->section, 11);
  format_set_font_color (f->section, 0x1F3864);
  f->header = new_format (x);
  format_set_bold (f->header);
  format_set_bg_color (f->header, 0xDCE6F1);
  format_set_bottom (f->header, LXW_BORDER_THIN);
  format_set_text_wrap (f->header);
  /* over numbers: aligned as they are */
  format_set_align (f->header, LXW_ALIGN_RIGHT);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_CENTER);
  f->header_left = new_format (x);
  format_set_bold (f->header_left);
  format_set_bg_color (f->header_left, 0xDCE6F1);
  format_set_bottom (f->header_left, LXW_BORDER_THIN);
  format_set_align (f->header_left, LXW_ALIGN_VERTICAL_CENTER);
  /* labels wrap when longer than their column (sized from the longest,
   * within a maximum) */
  f->header_indent = new_format (x);
  format_set_bold (f->header_indent);
  format_set_bg_color (f->header_indent, 0xDCE6F1);
  format_set_bottom (f->header_indent, LXW_BORDER_THIN);
  format_set_align (f->header_indent, LXW_ALIGN_VERTICAL_CENTER);
  format_set_indent (f->header_indent, 1);
  f->text_indent = new_format (x);
  format_set_text_wrap (f->text_indent);
  format_set_align (f->text_indent, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent (f->text_indent, 1);
  f->label = new_format (x);
  format_set_text_wrap (f->label);
  f->label_indent = new_format (x);
  format_set_text_wrap (f->label_indent);
  format_set_indent (f->label_indent, 1);
  format_set_font_color (f->label_indent, 0x404040);
  f->label_total = new_format (x);
  format_set_text_wrap (f->label_total);
  format_set_bold (f->label_total);
  format_set_top (f->label_total, LXW_BORDER_THIN);
  f->text = new_format (x);
  f->text_wrap = new_format (x);
  format_set_text_wrap (f->text_wrap);
  format_set_align (f->text_wrap, LXW_ALIGN_VERTICAL_TOP);
  f->money = number_format (x, money, FALSE, FALSE);
  f->money_total = number_format (x, money, TRUE, FALSE);
  f->money_bold = number_format (x, money, FALSE, FALSE);
  format_set_bold (f->money_bold);
  f->money_input = number_format (x, money, FALSE, TRUE);
  f->money_whole = number_format (x, money_whole, FALSE, FALSE);
  f->money3 = number_format (x, C_("xlsx number format", "\"€\"#,##0.000"), FALSE, FALSE);
  f->percent = number_format (x, percent, FALSE, FALSE);
  f->percent_input = number_format (x, percent, FALSE, TRUE);
  f->rate = number_format (x, rate, FALSE, FALSE);
  f->rate_input = number_format (x, rate, FALSE, TRUE);
  f->rate_more[0] = number_format (x, rate3, FALSE, FALSE);
  f->rate_more[1] = number_format (x, rate4, FALSE, FALSE);
  f->rate_more_input[0] = number_format (x, rate3, FALSE, TRUE);
  f->rate_more_input[1] = number_format (x, rate4, FALSE, TRUE);
  f->number = number_format (x, "General", FALSE, FALSE);
  format_set_align (f->number, LXW_ALIGN_RIGHT);
  f->number_input = number_format (x, "General", FALSE, TRUE);
  format_set_align (f->number_input, LXW_ALIGN_RIGHT);
  f->integer = number_format (x, "0", FALSE, FALSE);
  f->decimal4 = number_format (x, "0.0000", FALSE, FALSE);
  f->points = number_format (x, "#,##0.00", FALSE, FALSE);
  f->date = number_format (x, date, FALSE, FALSE);
  format_set_align (f->date, LXW_ALIGN_LEFT);
  f->date_right = number_format (x, date, FALSE, FALSE);
  format_set_align (f->date_right, LXW_ALIGN_RIGHT);
  f->check = new_format (x);
  format_set_bold (f->check);
  /* under the headers, aligned as they are */
  format_set_align (f->check, LXW_ALIGN_RIGHT);
  f->warning = new_format (x);
  format_set_font_color (f->warning, 0xC00000);
  f->best = new_format (x);
  format_set_bg_color (f->best, 0xE2EFDA);
  format_set_bold (f->best);
  /* the Offers and Scenarios sheets: under right-aligned headers */
  f->best_right = new_format (x);
  format_set_bold (f->best_right);
  format_set_align (f->best_right, LXW_ALIGN_RIGHT);
  f->text_right = new_format (x);
  format_set_align (f->text_right, LXW_ALIGN_RIGHT);
  f->fixed = new_format (x);
  format_set_bg_color (f->fixed, 0xF2F2F2);
  format_set_font_color (f->fixed, 0x595959);
  format_set_text_wrap (f->fixed);
  format_set_align (f->fixed, LXW_ALIGN_RIGHT);
  f->fixed_date = number_format (x, date, FALSE, FALSE);
  format_set_bg_color (f->fixed_date, 0xF2F2F2);
  format_set_font_color (f->fixed_date, 0x595959);
  format_set_align (f->fixed_date, LXW_ALIGN_RIGHT);
  f->disclaimer = new_format (x);
  format_set_font_color (f->disclaimer, 0x404040);
  format_set_text_wrap (f->disclaimer);
  format_set_bg_color (f->disclaimer, 0xF2F2F2);
  f->chart_label = new_format (x);
  format_set_font_color (f->chart_label, 0x7F7F7F);
  format_set_align (f->chart_label, LXW_ALIGN_RIGHT);
}

/* ------------------------------------------------------------ summary: inputs */

static void
validate (PsXlsx     *x,
          int         row,
          int         col,
          double      min,
          double      max,
          gboolean    percent)
{
  PsSheet *s = x->summary;
  lxw_data_validation v = { 0 };
  g_autofree char *message = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* as the workbook's language writes numbers: "0 à 1 000 000", "0 % à 30 %" */
  a = percent ? ps_xlsx_percent_text (x, min, 0) : ps_xlsx_number_text (x, min, min == floor (min) ? 0 : 2);
  b = percent ? ps_xlsx_percent_text (x, max, 0) : ps_xlsx_number_text (x, max, max == floor (max) ? 0 : 2);
  message = g_strdup_printf (_("A number from %s to %s."), a, b);
  g_free (a);
  a = ps_xlsx_typo (x, message);
  g_free (message);
  message = g_steal_pointer (&a);
  v.validate = LXW_VALIDATION_TYPE_DECIMAL;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = min;
  v.maximum_number = max;
  v.error_title = (char *) _("Value out of range");
  v.error_message = message;
  worksheet_data_validation_cell (s->ws, row, col, &v);
}

/* A yes/no input: a drop-down list of 1 and 0 (the formulas test
 * the number), with an input message saying which is which. */
static void
validate_yes_no (PsXlsx *x,
                 int     row,
                 int     col)
{
  lxw_data_validation v = { 0 };
  g_autofree char *yes = g_strdup (x->yes_text);
  g_autofree char *no = g_strdup (x->no_text);
  char *list[] = { yes, no, NULL };
  g_autofree char *message = ps_xlsx_typo (x, _("Choose yes or no in the list."));
  g_autofree char *error = ps_xlsx_typo (x, _("Choose yes or no in the list."));

  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list;
  v.input_title = (char *) _("Yes or no");
  v.input_message = message;
  v.error_title = (char *) _("Yes or no");
  v.error_message = error;
  worksheet_data_validation_cell (x->summary->ws, row, col, &v);
}

/* An editable input: a yellow cell, named, validated. */
static void
input (PsXlsx     *x,
       int        *row,
       const char *text,
       const char *name,
       double      value,
       lxw_format *fmt,
       double      min,
       double      max,
       const char *note)
{
  PsSheet *s = x->summary;

  ps_sheet_string (s, *row, 0, text, x->fmt.label);
  if (min == 0 && max == 1 && fmt == x->fmt.number_input)
    {
      /* yes/no: its text, the formulas read 1 or 0 (ps_x_name ()) */
      ps_sheet_string (s, *row, 1, value != 0 ? x->yes_text : x->no_text, x->fmt.number_input);
      ps_define_name (x, name, ps_cell (s, *row, 1));
      g_hash_table_insert (x->yes_no, g_strdup (name), GINT_TO_POINTER (value != 0 ? 2 : 1));
    }
  else
    ps_define_name (x, name, ps_sheet_number (s, *row, 1, value, fmt));
  /* every input, for the sheets that say when one changed */
  g_ptr_array_add (x->summary_inputs, g_string_chunk_insert (x->chunk, name));
  if (min == 0 && max == 1 && fmt == x->fmt.number_input)
    validate_yes_no (x, *row, 1);
  else
    validate (x, *row, 1, min, max, fmt == x->fmt.rate_input || fmt == x->fmt.percent_input);
  if (note != NULL)
    ps_sheet_string (s, *row, 2, note, x->fmt.note);
  (*row)++;
}

/* A choice made at export (the shape of the formulas depends on it). */
static void
fixed (PsXlsx     *x,
       int        *row,
       const char *text,
       const char *value)
{
  PsSheet *s = x->summary;

  ps_sheet_string (s, *row, 0, text, x->fmt.label);
  ps_sheet_string (s, *row, 1, value, x->fmt.fixed);
  ps_sheet_string (s, *row, 2, _("set at export: export again to change it"), x->fmt.note);
  (*row)++;
}

static const char *
level_text (PsLevel level)
{
  switch (level)
    {
    case PS_LEVEL_FIRST: return _("first level");
    case PS_LEVEL_JUNIOR: return _("junior");
    case PS_LEVEL_EXPERT: return _("expert");
    case PS_LEVEL_SENIOR:
    default: return _("senior");
    }
}

/* The manager's pay, as the engine chose it at export (the best split,
 * or the one asked for): an input, so that the company recomputes at that
 * pay when the day rate changes. */
static void
write_split_input (PsXlsx  *x,
                   int     *row,
                   PsStatus status)
{
  const PsComparison *c = x->c;
  gboolean sasu = status == PS_STATUS_SASU;
  const PsCompanyResult *r = sasu ? &c->sasu : &c->eurl;
  const PsCompanyInputs *in = sasu ? &c->sasu_inputs : &c->eurl_inputs;
  double asked = sasu ? c->scenario.sasu_salary_yearly : c->scenario.eurl_remuneration_yearly;
  double value, best;
  g_autofree char *best_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *comment = NULL;

  if (r->optimised)
    {
      best = r->pay;
      /* SASU: the employer cost of the best gross, up to the cent above,
       * without the employee share beyond the gross the company pays (the
       * sheet solves the same gross from it, and adds it); EURL: the remuneration of
       * the best revenu, a whole number of cents */
      value = sasu ? ceil (ps_round_to ((r->pay - r->unwithheld) * 100, 6)) / 100 : ps_round_cents (r->pay);
    }
  else
    {
      PsCompanyInputs opt = *in;
      PsCompanyResult o;

      opt.pay = -1;
      if (sasu)
        ps_sasu_compute (x->p, &opt, &o);
      else
        ps_eurl_compute (x->p, &opt, &o);
      best = sasu ? ceil (ps_round_to ((o.pay - o.unwithheld) * 100, 6)) / 100 : ps_round_cents (o.pay);
      value = CLAMP (asked, 0, 1e9);
    }
  /* the amount the input holds, rounded once (issue 13, 2.1) */
  best_text = ps_format_money (r->optimised ? value : best);
  if (r->optimised)
    note = g_strdup_printf (_("the best split for the exported inputs (%s)"), best_text);
  else
    note = g_strdup_printf (_("as asked at export; the best split was %s"), best_text);
  comment = g_strdup_printf (sasu ? _("The président’s salary, as its employer cost per year: %s. Portage Simulator searches the split between salary and dividends that leaves the most after every tax, for the exported inputs; when an input changes, the workbook searches the best split again for the new inputs (hidden sheets). Type another amount to try another split: the sheet then keeps it.")
                                  : _("The gérant’s remuneration per year, his income before contributions (his pay + his TNS contributions): %s. Portage Simulator searches the split between remuneration and dividends that leaves the most after every tax, for the exported inputs; when an input changes, the workbook searches the best split again for the new inputs (hidden sheets). Type another amount to try another split: the sheet then keeps it."),
                             note);
  input (x, row, sasu ? _("SASU: the président’s salary, employer cost per year") : _("EURL: the gérant’s remuneration per year"),
         sasu ? "sasu_salary_yearly" : "eurl_remuneration_yearly", value, x->fmt.money_input, 0, 1e9, note);
  ps_sheet_comment (x->summary, *row - 1, 1, comment);

  /* the best split is the engine's, for the exported inputs: the cells
   * search it again when an input changes, and say so here */
  if (r->optimised)
    ps_xlsx_split_warn_at (x, status, (*row)++);
}

static int
write_inputs (PsXlsx *x,
              int     row)
{
  PsSheet *s = x->summary;
  const PsScenario *sc = &x->c->scenario;
  g_autofree char *headcount = g_strdup_printf ("%d", sc->profile.headcount);
  lxw_datetime dt = { PS_DATE_YEAR (x->p->date), (x->p->date / 100) % 100, x->p->date % 100, 0, 0, 0 };

  ps_sheet_string (s, row++, 0, _("Inputs"), x->fmt.section);
  {
    g_autofree char *hint = ps_xlsx_typo (x, _("The yellow cells are the inputs: change one and every status sheet recomputes. The grey ones were chosen at export. Every rate, with its source, is on the Assumptions sheet."));

    worksheet_merge_range (s->ws, row, 0, row, MAX (2, PS_N_STATUSES), hint, x->fmt.note_wrap);
    worksheet_set_row (s->ws, row, 27, NULL);
    row++;
  }
  ps_sheet_string (s, row, 0, _("Input"), x->fmt.header_left);
  ps_sheet_string (s, row, 1, _("Value"), x->fmt.header);
  ps_sheet_string (s, row, 2, _("Note"), x->fmt.header_left);
  row++;

  input (x, &row, _("Day rate (TJM), € excl. VAT"), "tjm", sc->tjm, x->fmt.money_input, 1, 100000, NULL);
  input (x, &row, _("Days billed per year"), "days_per_year", sc->days_per_year, x->fmt.number_input, 1, 366, NULL);
  switch (sc->fee_model)
    {
    case PS_FEE_FLAT:
      input (x, &row, _("Portage management fee per month (flat)"), "fee_flat_monthly", sc->fee_flat_monthly,
             x->fmt.money_input, 0, 1000000, NULL);
      break;
    case PS_FEE_PERCENT_NET_OF_EXPENSES:
    case PS_FEE_PERCENT_REVENUE:
    default:
      input (x, &row,
             sc->fee_model == PS_FEE_PERCENT_REVENUE
             /* xgettext:no-c-format */
             ? _("Portage management fee, % of revenue")
             /* xgettext:no-c-format */
             : _("Portage management fee, % of revenue minus expenses"),
             "fee_rate", sc->fee_rate, x->fmt.rate_input, 0, 1, NULL);
      input (x, &row, _("Cap of the management fee per month"), "fee_cap_monthly", sc->fee_cap_monthly,
             x->fmt.money_input, 0, 1000000, _("0 = no cap"));
      break;
    }
  input (x, &row, _("Reimbursed professional expenses per month"), "expenses_monthly", sc->expenses_monthly,
         x->fmt.money_input, 0, 1000000, NULL);
  input (x, &row, _("Réserve financière of the portage CDI"), "reserve", sc->reserve ? 1 : 0, x->fmt.number_input, 0, 1,
         NULL);
  input (x, &row, _("Portage: the réserve counted in the year’s net (paid at the end of the mission)"), "reserve_in_net",
         sc->reserve_cash_only ? 0 : 1, x->fmt.number_input, 0, 1, _("no: the cash of the months only"));
  fixed (x, &row, _("Portage contract"), sc->portage_cdd
                                          /* xgettext:no-c-format */
                                          ? _("CDD (end-of-contract indemnity of 10 % of the gross)")
                                          /* xgettext:no-c-format */
                                          : _("CDI (réserve of 10 % of the base pay)"));
  fixed (x, &row, _("Portage convention level"), level_text (sc->level));
  fixed (x, &row, _("Cadre"), sc->profile.cadre ? _("yes") : _("no"));
  fixed (x, &row, _("Employer headcount"), headcount);
  input (x, &row, _("AT/MP rate (workplace accidents)"), "atmp_rate", sc->profile.atmp_rate, x->fmt.rate_input, 0, 0.3, NULL);
  input (x, &row, _("Versement mobilité rate"), "vm_rate", sc->profile.vm_rate, x->fmt.rate_input, 0, 0.05, NULL);
  input (x, &row, _("Health insurance premium per month"), "mutuelle_monthly", sc->profile.mutuelle_monthly,
         x->fmt.money_input, 0, 1000, NULL);
  input (x, &row, _("Employer share of the premium"), "mutuelle_employer_share", sc->profile.mutuelle_employer_rate,
         x->fmt.percent_input, 0, 1, NULL);
  switch (sc->tax.method)
    {
    case PS_TAX_NEUTRAL:
      fixed (x, &row, _("Income tax"), _("neutral rate of the withholding tax"));
      break;
    case PS_TAX_RATE:
      fixed (x, &row, _("Income tax"), _("personal withholding rate"));
      input (x, &row, _("Personal withholding rate"), "tax_rate", sc->tax.rate, x->fmt.rate_input, 0, 0.6, NULL);
      break;
    case PS_TAX_BAREME:
    default:
      fixed (x, &row, _("Income tax"), _("progressive scale"));
      break;
    }
  /* the scale of the micro, SASU and EURL incomes, whatever the method */
  input (x, &row, _("Household parts"), "tax_parts", sc->tax.parts, x->fmt.number_input, 1, 20,
         _("1 single, 2 couple, + 0.5 per child"));
  input (x, &row, _("CDI offer, gross per year"), "cdi_offer_yearly", sc->cdi_gross_yearly, x->fmt.money_input, 0, 10000000,
         _("0 = what an ESN billing the same would pay"));
  input (x, &row, _("ESN gross margin on billing"), "esn_margin_rate", sc->esn_margin_rate, x->fmt.percent_input, 0, 0.9,
         NULL);
  input (x, &row, _("Micro: versement libératoire of the income tax"), "micro_vl", sc->micro_vl ? 1 : 0,
         x->fmt.number_input, 0, 1, NULL);
  input (x, &row, _("Micro: ACRE (reduced contributions, first year)"), "micro_acre", sc->micro_acre ? 1 : 0,
         x->fmt.number_input, 0, 1, NULL);
  input (x, &row, _("Micro: running costs per year"), "micro_running_costs_yearly", sc->micro_running_costs,
         x->fmt.money_input, 0, 1000000, NULL);
  input (x, &row, _("SASU and EURL: running costs per year"), "company_running_costs_yearly",
         sc->company_running_costs, x->fmt.money_input, 0, 1000000, _("accountant, bank, insurance"));
  write_split_input (x, &row, PS_STATUS_SASU);
  fixed (x, &row, _("Dividends"), sc->dividends_bareme && sc->tax.method != PS_TAX_RATE
                                  /* xgettext:no-c-format */
                                  ? _("progressive scale (40 % abatement)")
                                  : _("flat tax (PFU)"));
  fixed (x, &row, _("EURL taxed at"), sc->eurl_ir ? _("the income tax (IR)") : _("the corporate tax (IS)"));
  if (!sc->eurl_ir)
    write_split_input (x, &row, PS_STATUS_EURL);
  input (x, &row, _("EURL: share capital"), "eurl_share_capital", sc->eurl_capital, x->fmt.money_input, 0, 100000000,
         /* xgettext:no-c-format */
         _("dividends above 10 % of it bear the TNS contributions"));
  input (x, &row, _("Micro, SASU and EURL: health cover and prévoyance per year"), "health_budget_yearly",
         x->c->health_yearly, x->fmt.money_input, 0, 1000000,
         sc->health_yearly < 0 ? _("as portage’s payslip (mutuelle, both shares, and prévoyance): type an amount to change it")
                               : _("paid from the net; EURL: Madelin-deductible"));
  x->health_input = ps_cell (s, row - 1, 1);
  input (x, &row, _("SASU and EURL: the household escapes the cotisation subsidiaire maladie"), "csm_exempt",
         sc->csm_exempt ? 1 : 0, x->fmt.number_input, 0, 1,
         /* xgettext:no-c-format */
         _("yes: the spouse has activity income of 20 % of the PASS or more, or a replacement income"));
  ps_sheet_string (s, row, 0, _("Simulation date (rates in force)"), x->fmt.label);
  worksheet_write_datetime (s->ws, row, 1, &dt, x->fmt.fixed_date);
  ps_sheet_string (s, row, 2, _("set at export: export again to change it"), x->fmt.note);
  row++;
  return row + 1;
}

/* ------------------------------------------------------------ summary: comparison */

/* A chart's text with the workbook's typography, alive as long as the
 * export */
static const char *
chart_text (PsXlsx     *x,
            const char *text)
{
  g_autofree char *typo = ps_xlsx_typo (x, text);

  return g_string_chunk_insert (x->chunk, typo);
}

/* libxlsxwriter caches a chart's categories from the cells, but a
 * formula's text result as 0: viewers that draw the cache, not the cells,
 * would label bars "0". The cache is written here from the values the
 * formulas were written with (lxw_series_range is public; the library
 * frees the points and their strings with free ()). */
static void
chart_category_cache (lxw_chart_series  *series,
                      const char *const *labels)
{
  lxw_series_range *range = series->categories;

  if (range == NULL || range->data_cache == NULL)
    return;
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      struct lxw_series_data_point *point = calloc (1, sizeof *point);

      if (point == NULL)
        return;
      point->is_string = 1;
      point->string = strdup (labels[i]);
      STAILQ_INSERT_TAIL (range->data_cache, point, list_pointers);
    }
  range->num_data_points = PS_N_STATUSES;
  range->has_string_cache = 1;
  range->ignore_cache = 1;
}

/* "='Sheet'!$B$5:$C$5", for chart series */
static char *
range_formula (PsCell first,
               PsCell last)
{
  g_autofree char *r = ps_range_absolute (first, last);

  return g_strconcat ("=", r, NULL);
}

static char *
sheet_link (PsSheet *s)
{
  GString *q = g_string_new ("internal:'");

  for (const char *p = s->name; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (q, '\'');
      g_string_append_c (q, *p);
    }
  g_string_append (q, "'!A1");
  return g_string_free (q, FALSE);
}

static int
write_comparison (PsXlsx              *x,
                  int                  row,
                  const PsStatusCells *cells)
{
  PsSheet *s = x->summary;
  const PsComparison *c = x->c;
  int header_row, net_row = 0, net_yearly_row = 0, labels_row;
  const char *chart_labels[PS_N_STATUSES];
  PsCell eligible[PS_N_STATUSES];
  PsCell field_cell[PS_N_STATUSES][PS_N_FIELDS];
  lxw_chart *chart;
  lxw_chart_series *series;
  lxw_chart_options chart_opt = { 0 };
  g_autofree char *categories = NULL;
  g_autofree char *values = NULL;

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("Comparison on the same yearly basis"), x->fmt.section);
  header_row = row;
  ps_sheet_string (s, row, 0, _("Per year unless stated"), x->fmt.header_left);
  ps_sheet_header_row (s, row, 2);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *url = sheet_link (x->status_sheet[i]);

      worksheet_write_url_opt (s->ws, row, 1 + i, url, x->fmt.header, _(ps_status_name (i)), NULL);
      s->widths[1 + i] = MAX (s->widths[1 + i], (int) g_utf8_strlen (_(ps_status_name (i)), -1));
    }
  row++;

  for (guint k = 0; k < G_N_ELEMENTS (field_keys); k++, row++)
    {
      PsField f = field_keys[k].field;
      gboolean total = f == PS_FIELD_NET_AFTER_TAX;

      ps_sheet_string (s, row, 0, field_label (f), total ? x->fmt.label_total : x->fmt.label);
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          g_autofree char *name = g_strconcat (ps_status_id (i), "_", field_keys[k].key, NULL);
          lxw_format *fmt = total ? x->fmt.money_total : x->fmt.money;

          if (cells[i].cell[f].sheet != NULL && cells[i].cell[f].row >= 0)
            field_cell[i][f] = ps_sheet_formula (s, row, 1 + i, ps_x_cell (x, cells[i].cell[f]), fmt);
          else
            field_cell[i][f] = ps_sheet_number (s, row, 1 + i, ps_round_cents (field_value (&c->statuses[i], f)), fmt);
          ps_define_name (x, name, field_cell[i][f]);
        }
      if (f == PS_FIELD_NET_AFTER_TAX)
        {
          net_yearly_row = row;
          row++;
          net_row = row;
          ps_sheet_string (s, row, 0, _("Net after income tax, per month"), x->fmt.label_total);
          for (int i = 0; i < PS_N_STATUSES; i++)
            {
              g_autofree char *name = g_strconcat (ps_status_id (i), "_net_after_tax_monthly", NULL);
              PsCell m = ps_sheet_formula (s, row, 1 + i,
                                           ps_x_div (x, ps_x_cell (x, field_cell[i][f]), ps_x_num (x, 12)),
                                           x->fmt.money_total);
              ps_define_name (x, name, m);
            }
        }
    }

  ps_sheet_string (s, row, 0, _("Share of the revenue taken by fees, contributions and tax"), x->fmt.label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsX rev = ps_x_cell (x, field_cell[i][PS_FIELD_REVENUE]);
      PsX net = ps_x_cell (x, field_cell[i][PS_FIELD_NET_AFTER_TAX]);
      g_autofree char *name = g_strconcat (ps_status_id (i), "_effective_rate", NULL);
      PsCell r = ps_sheet_formula (s, row, 1 + i,
                                   ps_x_if (x, ps_x_cmp (x, rev, ">", ps_x_num (x, 0)),
                                            ps_x_sub (x, ps_x_num (x, 1), ps_x_div (x, net, rev)), ps_x_num (x, 0)),
                                   x->fmt.percent);
      ps_define_name (x, name, r);
    }
  row++;
  {
    const char *labels[] = { _("Unemployment insurance"), _("Sick pay"), _("Complementary pension") };

    for (guint k = 0; k < G_N_ELEMENTS (labels); k++, row++)
      {
        ps_sheet_string (s, row, 0, labels[k], x->fmt.label);
        for (int i = 0; i < PS_N_STATUSES; i++)
          {
            const PsStatusResult *r = &c->statuses[i];
            gboolean yes = k == 0 ? r->unemployment_insurance : k == 1 ? r->sick_pay : r->complementary_pension;

            if (k == 1)
              {
                /* sick pay: the Protection sheet's, live (none below the
                 * IJSS or the TNS threshold) */
                g_autofree char *daily = g_strconcat (ps_status_id (i), "_sick_pay_daily", NULL);
                PsRights rights;

                ps_rights_compute (x->p, c, i, &rights);
                ps_sheet_formula (s, row, 1 + i,
                                  ps_x_if (x, ps_x_cmp (x, ps_x_raw (x, daily, rights.sick_daily), ">", ps_x_num (x, 0)),
                                           ps_x_str (x, _("yes")), ps_x_str (x, _("no"))),
                                  x->fmt.check);
                continue;
              }
            ps_sheet_string (s, row, 1 + i, yes ? _("yes") : _("no"), x->fmt.check);
          }
      }
  }

  /* who can use the status at this revenue (micro: its ceiling) */
  ps_sheet_string (s, row, 0, _("Usable at this revenue"), x->fmt.label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      if (x->eligible[i].sheet != NULL)
        eligible[i] = ps_sheet_formula (s, row, 1 + i, ps_x_cell (x, x->eligible[i]), x->fmt.check);
      else
        {
          ps_sheet_string (s, row, 1 + i, _("yes"), x->fmt.check);
          eligible[i] = ps_cell (NULL, -1, -1);
        }
    }
  row++;

  /* the best status, recomputed: the highest net among the usable ones,
   * as the engine: from the CDI (always usable), a status replaces it only
   * with a strictly higher net, so the CDI wins a tie, then the first of
   * equals */
  {
    PsX v[PS_N_STATUSES], best, top;
    g_autoptr (GString) text = g_string_new ("MAX(");
    double max = 0;
    PsCell b;
    lxw_conditional_format cf = { 0 };
    g_autofree char *rule = NULL;

    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        v[i] = ps_x_cell (x, field_cell[i][PS_FIELD_NET_AFTER_TAX]);
        if (eligible[i].sheet != NULL)
          v[i] = ps_x_if (x, ps_x_cmp (x, ps_x_cell (x, eligible[i]), "=", ps_x_str (x, _("yes"))), v[i],
                          ps_x_num (x, -1e14));
        g_string_append_printf (text, "%s%s", i > 0 ? "," : "", v[i].f);
        max = i == 0 ? v[i].v : MAX (max, v[i].v);
      }
    g_string_append_c (text, ')');
    top = ps_x_raw (x, text->str, max);
    best = ps_x_str (x, _(ps_status_name (PS_STATUS_CDI)));
    for (int i = PS_N_STATUSES - 1; i >= 0; i--)
      if (i != PS_STATUS_CDI)
        best = ps_x_if (x, ps_x_cmp (x, v[i], "=", top), ps_x_str (x, _(ps_status_name (i))), best);
    best = ps_x_if (x, ps_x_cmp (x, v[PS_STATUS_CDI], "=", top), ps_x_str (x, _(ps_status_name (PS_STATUS_CDI))), best);
    /* none usable, or none leaves anything: no best */
    best = ps_x_if (x, ps_x_cmp (x, top, "<=", ps_x_num (x, 0)), ps_x_str (x, "—"), best);
    ps_sheet_string (s, row, 0, _("Highest net after income tax"), x->fmt.label_total);
    b = ps_sheet_formula (s, row, 1, best, x->fmt.best);
    ps_define_name (x, "best_status", b);

    /* the best status's nets, highlighted */
    rule = g_strdup_printf ("=B$%d=$B$%d", header_row + 1, b.row + 1);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = rule;
    cf.format = x->fmt.best;
    worksheet_conditional_format_range (s->ws, net_yearly_row, 1, net_row, PS_N_STATUSES, &cf);
    row++;
  }

  /* the chart's labels, live: "Micro-entreprise (not usable)" when the
   * status can't be used at the current inputs (a hidden row) */
  ps_sheet_string (s, row, 0, _("Chart labels"), x->fmt.chart_label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const char *name = _(ps_status_name (i));
      g_autofree char *unusable = g_strdup_printf (_("%s (not usable)"), name);

      PsX label = ps_x_str (x, c->statuses[i].eligible ? name : unusable);

      if (eligible[i].sheet != NULL)
        {
          label = ps_x_if (x, ps_x_cmp (x, ps_x_cell (x, eligible[i]), "=", ps_x_str (x, _("yes"))),
                           ps_x_str (x, name), ps_x_str (x, unusable));
          ps_sheet_formula (s, row, 1 + i, label, x->fmt.chart_label);
        }
      else
        ps_sheet_string (s, row, 1 + i, label.s, x->fmt.chart_label);
      chart_labels[i] = label.s;
    }
  {
    lxw_row_col_options hidden = { .hidden = 1 };

    worksheet_set_row_opt (s->ws, row, LXW_DEF_ROW_HEIGHT, NULL, &hidden);
  }
  labels_row = row;
  row++;

  /* column chart of the net after tax per month: one colour per status,
   * grey when it can't be used */
  chart = workbook_add_chart (x->wb, LXW_CHART_COLUMN);
  chart_show_hidden_data (chart);
  categories = range_formula (ps_cell (s, labels_row, 1), ps_cell (s, labels_row, PS_N_STATUSES));
  values = range_formula (ps_cell (s, net_row, 1), ps_cell (s, net_row, PS_N_STATUSES));
  series = chart_add_series (chart, categories, values);
  chart_category_cache (series, chart_labels);
  chart_series_set_name (series, chart_text (x, _("Net after income tax, per month")));
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, C_("xlsx number format", "\"€\"#,##0"));
  {
    lxw_chart_fill fills[PS_N_STATUSES];
    lxw_chart_point points[PS_N_STATUSES];
    lxw_chart_point *list[PS_N_STATUSES + 1];

    memset (fills, 0, sizeof fills);
    memset (points, 0, sizeof points);
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        fills[i].color = c->statuses[i].eligible ? status_colors[i] : UNUSABLE_COLOR;
        points[i].fill = &fills[i];
        list[i] = &points[i];
      }
    list[PS_N_STATUSES] = NULL;
    chart_series_set_points (series, list);
  }
  {
    gboolean any_unusable = FALSE;

    for (int i = 0; i < PS_N_STATUSES; i++)
      any_unusable |= !c->statuses[i].eligible;
    chart_title_set_name (chart, chart_text (x, any_unusable ? _("Net after income tax, per month (grey: not usable at the exported inputs)")
                                                             : _("Net after income tax, per month")));
  }
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_num_format (chart->y_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_min (chart->y_axis, 0);
  chart_opt.x_scale = 1.45;
  chart_opt.y_scale = 1.2;
  chart_opt.x_offset = 5;
  chart_opt.y_offset = 10;
  worksheet_insert_chart_opt (s->ws, row, 0, chart, &chart_opt);
  return row;
}

static void
write_summary (PsXlsx              *x,
               const PsStatusCells *cells)
{
  PsSheet *s = x->summary;
  lxw_protection protection = { 0 };
  int end;

  end = write_comparison (x, x->summary_table_row, cells);
  if (end != x->summary_table_row + SUMMARY_TABLE_ROWS && x->error == NULL)
    x->error = g_strdup_printf ("the Summary's comparison has %d rows, not %d", end - x->summary_table_row,
                                SUMMARY_TABLE_ROWS);
  ps_sheet_fit_columns (s, 0, 0, 44, 60);
  ps_sheet_set_columns (s, 1, MAX (2, PS_N_STATUSES), 19);
  worksheet_set_row (s->ws, 2,
                     13.0 * ps_text_lines (x->summary_disclaimer_width, s->col_width[0] + 19 * MAX (2, PS_N_STATUSES)) + 3,
                     NULL);
  /* the title and the statuses' header stay in view */
  worksheet_freeze_panes (s->ws, x->summary_table_row + 2, 0);
  ps_sheet_print_setup (s, FALSE);
  /* only the yellow inputs can be typed in (no password): the choices
   * made at export are read-only */
  protection.format_columns = 1;
  protection.format_rows = 1;
  protection.format_cells = 1;
  worksheet_protect (s->ws, NULL, &protection);
  worksheet_activate (s->ws);
}

static void
write_summary_head (PsXlsx *x)
{
  PsSheet *s = x->summary;
  g_autofree char *date = ps_xlsx_date_text (x->p->date);
  g_autofree char *subtitle = NULL;
  g_autofree char *disclaimer = NULL;
  g_autofree char *typo = NULL;
  g_autofree char *now = ps_xlsx_date_text (ps_date_today ());
  int last = MAX (2, PS_N_STATUSES);

  ps_sheet_begin (s);
  ps_sheet_string (s, 0, 0, _("Portage Simulator: what you keep, by status"), x->fmt.title);
  subtitle = g_strdup_printf (_("Simulation on %s, with the rates in force on that date (%d), exported on %s by Portage Simulator %s."),
                              date, x->p->year, now, PACKAGE_VERSION);
  typo = ps_xlsx_typo (x, subtitle);
  g_free (subtitle);
  subtitle = g_steal_pointer (&typo);
  /* long lines: wrapped within the printed width */
  worksheet_merge_range (s->ws, 1, 0, 1, last, subtitle, x->fmt.subtitle_wrap);
  disclaimer = g_strdup_printf (_("Covers one year of each status at the rates in force on %s: social contributions, the household’s income tax, corporate tax and the management fee, as the law and the official URSSAF simulator (mon-entreprise.urssaf.fr) compute them. Leaves out the household’s other income, the value of pension and unemployment rights, VAT and the first years’ special cases beyond ACRE. A simulation, not advice: check your situation with an accountant. The yellow inputs are below the chart."),
                                date);
  if (x->portage_offer != NULL)
    {
      /* Translators: the offer's name */
      g_autofree char *note = g_strdup_printf (_("Portage with the scenario’s current offer “%s” (as in compare and the window): the Portage sheet and column take its fee, charges and contract from its column of the Offres sheet."),
                                               x->portage_offer->name);
      char *joined = g_strconcat (disclaimer, " ", note, NULL);

      g_free (disclaimer);
      disclaimer = joined;
    }
  else if (x->current_offer != NULL)
    {
      /* compare, the window and this workbook's Offres sheet use the
       * scenario's current offer for portage; the Portage sheet and the
       * table below keep the scenario's own terms: say so, with the offer's
       * figures, rather than show other ones silently */
      const PsComparison *oc = x->offer_comparison;
      g_autofree char *net = ps_format_money (oc->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
      g_autofree char *note = NULL;
      char *joined;

      if (oc->has_best)
        /* Translators: the offer's name, portage's net a year with it, the best status with it */
        note = g_strdup_printf (_("Portage with the scenario’s current offer “%s” (as in compare and the window): %s a year after income tax, best status %s; its sheet and the Offres sheet compute it. The Portage column below has the scenario’s own terms."),
                                x->current_offer->name, net, _(ps_status_name (oc->best)));
      else
        /* Translators: the offer's name, portage's net a year with it */
        note = g_strdup_printf (_("Portage with the scenario’s current offer “%s” (as in compare and the window): %s a year after income tax, no status usable; its sheet and the Offres sheet compute it. The Portage column below has the scenario’s own terms."),
                                x->current_offer->name, net);
      joined = g_strconcat (disclaimer, " ", note, NULL);
      g_free (disclaimer);
      disclaimer = joined;
    }
  typo = ps_xlsx_typo (x, disclaimer);
  g_free (disclaimer);
  disclaimer = g_steal_pointer (&typo);
  worksheet_merge_range (s->ws, 2, 0, 2, last, disclaimer, x->fmt.disclaimer);
  /* its height once the first column's width is known (write_summary ()) */
  x->summary_disclaimer_width = ps_text_width (disclaimer, FALSE);
  worksheet_set_row (s->ws, 1, 15, NULL);
  x->summary_table_row = SUMMARY_TABLE_ROW;
  x->summary_inputs_row = SUMMARY_TABLE_ROW + SUMMARY_TABLE_ROWS + SUMMARY_CHART_ROWS + 1;
  write_inputs (x, x->summary_inputs_row);
}

/* ------------------------------------------------------------ curve */

static void
sweep_range (double  tjm,
             double *from,
             double *to,
             int    *n)
{
  static const double steps[] = { 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000 };
  double step = steps[G_N_ELEMENTS (steps) - 1];

  *from = MAX (50, floor (tjm * 0.5 / 50) * 50);
  *to = MAX (*from + 50, ceil (tjm * 1.5 / 50) * 50);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if ((*to - *from) / steps[i] <= 60)
      {
        step = steps[i];
        break;
      }
  *to = *from + ceil ((*to - *from) / step) * step;
  *n = (int) round ((*to - *from) / step) + 1;
}

static void
write_curve (PsXlsx *x)
{
  PsSheet *s = x->curve;
  const PsScenario *sc = &x->c->scenario;
  double from, to, max = 0, micro_tjm;
  int n, first, row = 0;
  g_autofree double *out = NULL;
  lxw_chart *chart;
  lxw_chart_options chart_opt = { 0 };
  g_autofree char *xs = NULL;

  sweep_range (sc->tjm, &from, &to, &n);
  out = g_new (double, (gsize) n * PS_N_STATUSES);
  ps_comparison_sweep (x->p, sc, from, to, n, out);

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("Net after income tax per month, by day rate: a snapshot at export"), x->fmt.title);
  ps_sheet_string (s, row++, 0,
                   _("Computed at export with the other inputs of the Summary; these values do not recompute. The dashed line marks the exported day rate."),
                   x->fmt.subtitle);
  row++;
  ps_sheet_string (s, row, 0, _("Day rate (TJM)"), x->fmt.header);
  for (int k = 0; k < PS_N_STATUSES; k++)
    ps_sheet_string (s, row, 1 + k, _(ps_status_name (k)), x->fmt.header);
  ps_sheet_header_row (s, row, 2);
  worksheet_freeze_panes (s->ws, row + 1, 0);
  row++;
  first = row;
  for (int i = 0; i < n; i++, row++)
    {
      double tjm = n > 1 ? from + (to - from) * i / (n - 1) : from;

      ps_sheet_number (s, row, 0, tjm, x->fmt.money_whole);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          double v = out[i * PS_N_STATUSES + k];

          ps_sheet_number (s, row, 1 + k, ps_round_cents (v), x->fmt.money);
          max = MAX (max, v);
        }
    }

  /* the exported day rate, as a vertical segment */
  ps_sheet_string (s, first - 1, PS_N_STATUSES + 2, _("Exported day rate"), x->fmt.header);
  ps_sheet_string (s, first - 1, PS_N_STATUSES + 3, "", x->fmt.header);
  ps_sheet_number (s, first, PS_N_STATUSES + 2, sc->tjm, x->fmt.money_whole);
  ps_sheet_number (s, first, PS_N_STATUSES + 3, 0, x->fmt.money_whole);
  ps_sheet_number (s, first + 1, PS_N_STATUSES + 2, sc->tjm, x->fmt.money_whole);
  ps_sheet_number (s, first + 1, PS_N_STATUSES + 3, ceil (max / 500) * 500, x->fmt.money_whole);

  micro_tjm = sc->days_per_year > 0 ? x->p->micro_threshold / sc->days_per_year : 0;
  chart = workbook_add_chart (x->wb, LXW_CHART_SCATTER_STRAIGHT);
  xs = range_formula (ps_cell (s, first, 0), ps_cell (s, row - 1, 0));
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      g_autofree char *ys = range_formula (ps_cell (s, first, 1 + k), ps_cell (s, row - 1, 1 + k));
      lxw_chart_series *series;
      lxw_chart_line line = { .color = status_colors[k], .width = 2.25 };

      /* micro above its ceiling: a grey dashed line of its own (hidden
       * helper columns: the net where micro is usable, and beyond) */
      if (k == PS_STATUS_MICRO && micro_tjm > from && micro_tjm < to)
        {
          g_autofree char *beyond = NULL;
          g_autofree char *unusable = g_strdup_printf (_("%s (not usable)"), _(ps_status_name (k)));
          lxw_chart_series *grey;
          lxw_chart_line dashed = { .color = UNUSABLE_COLOR, .width = 2.25, .dash_type = LXW_CHART_LINE_DASH_DASH };
          int last_usable = first;

          ps_sheet_string (s, first - 1, PS_N_STATUSES + 6, _(ps_status_name (k)), x->fmt.header);
          ps_sheet_string (s, first - 1, PS_N_STATUSES + 7, unusable, x->fmt.header);
          for (int r = first; r < row; r++)
            if (ps_cell_value (ps_cell (s, r, 0)) <= micro_tjm)
              last_usable = r;
          for (int r = first; r < row; r++)
            {
              double v = ps_cell_value (ps_cell (s, r, 1 + k));

              if (r <= last_usable)
                ps_sheet_number (s, r, PS_N_STATUSES + 6, v, x->fmt.money);
              /* from the last usable point on, so that the lines meet */
              if (r >= last_usable)
                ps_sheet_number (s, r, PS_N_STATUSES + 7, v, x->fmt.money);
            }
          g_free (ys);
          ys = range_formula (ps_cell (s, first, PS_N_STATUSES + 6), ps_cell (s, row - 1, PS_N_STATUSES + 6));
          beyond = range_formula (ps_cell (s, first, PS_N_STATUSES + 7), ps_cell (s, row - 1, PS_N_STATUSES + 7));
          series = chart_add_series (chart, xs, ys);
          chart_series_set_name (series, _(ps_status_name (k)));
          chart_series_set_line (series, &line);
          grey = chart_add_series (chart, xs, beyond);
          chart_series_set_name (grey, chart_text (x, unusable));
          chart_series_set_line (grey, &dashed);
          continue;
        }
      series = chart_add_series (chart, xs, ys);
      chart_series_set_name (series, _(ps_status_name (k)));
      chart_series_set_line (series, &line);
    }
  {
    g_autofree char *mx = range_formula (ps_cell (s, first, PS_N_STATUSES + 2), ps_cell (s, first + 1, PS_N_STATUSES + 2));
    g_autofree char *my = range_formula (ps_cell (s, first, PS_N_STATUSES + 3), ps_cell (s, first + 1, PS_N_STATUSES + 3));
    lxw_chart_series *series = chart_add_series (chart, mx, my);
    lxw_chart_line line = { .color = 0x7F7F7F, .width = 1, .dash_type = LXW_CHART_LINE_DASH_DASH };

    chart_series_set_name (series, chart_text (x, _("Exported day rate")));
    chart_series_set_line (series, &line);
  }
  /* where micro stops being allowed: its ceiling, in day rate */
  if (micro_tjm > from && micro_tjm < to)
    {
      g_autofree char *mx = NULL;
      g_autofree char *my = NULL;
      g_autofree char *number = ps_xlsx_number_text (x, round (micro_tjm), 0);
      /* Translators: a whole amount in euros; French: %s €, with a narrow no-break space */
      g_autofree char *amount = g_strdup_printf (C_("xlsx money text", "€%s"), number);
      g_autofree char *label = g_strdup_printf (_("Micro-entreprise ceiling (%s a day): not usable above"), amount);
      lxw_chart_series *series;
      lxw_chart_line line = { .color = 0xC00000, .width = 1.25, .dash_type = LXW_CHART_LINE_DASH_LONG_DASH };

      ps_sheet_string (s, first - 1, PS_N_STATUSES + 4, _("Micro-entreprise ceiling"), x->fmt.header);
      ps_sheet_string (s, first - 1, PS_N_STATUSES + 5, "", x->fmt.header);
      ps_sheet_number (s, first, PS_N_STATUSES + 4, micro_tjm, x->fmt.money_whole);
      ps_sheet_number (s, first, PS_N_STATUSES + 5, 0, x->fmt.money_whole);
      ps_sheet_number (s, first + 1, PS_N_STATUSES + 4, micro_tjm, x->fmt.money_whole);
      ps_sheet_number (s, first + 1, PS_N_STATUSES + 5, ceil (max / 500) * 500, x->fmt.money_whole);
      mx = range_formula (ps_cell (s, first, PS_N_STATUSES + 4), ps_cell (s, first + 1, PS_N_STATUSES + 4));
      my = range_formula (ps_cell (s, first, PS_N_STATUSES + 5), ps_cell (s, first + 1, PS_N_STATUSES + 5));
      series = chart_add_series (chart, mx, my);
      chart_series_set_name (series, chart_text (x, label));
      chart_series_set_line (series, &line);
    }
  /* the helper columns of the two vertical lines: hidden, still charted */
  chart_show_hidden_data (chart);
  chart_title_set_name (chart, chart_text (x, _("Net after income tax per month, by day rate (snapshot at export)")));
  chart_axis_set_name (chart->x_axis, chart_text (x, _("Day rate (TJM), € excl. VAT")));
  chart_axis_set_name (chart->y_axis, chart_text (x, _("Net after income tax per month")));
  chart_axis_set_num_format (chart->x_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_num_format (chart->y_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_min (chart->x_axis, from);
  chart_axis_set_max (chart->x_axis, to);
  chart_axis_set_min (chart->y_axis, 0);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_opt.x_scale = 1.8;
  chart_opt.y_scale = 1.6;
  worksheet_insert_chart_opt (s->ws, 3, PS_N_STATUSES + 9, chart, &chart_opt);

  ps_sheet_set_columns (s, 0, 0, 16);
  ps_sheet_set_columns (s, 1, PS_N_STATUSES, 19);
  {
    lxw_row_col_options hidden = { .hidden = 1 };

    worksheet_set_column_opt (s->ws, PS_N_STATUSES + 2, PS_N_STATUSES + 7, 14, NULL, &hidden);
  }
  ps_sheet_print_setup (s, TRUE);
}

/* ------------------------------------------------------------ workbook */

static char *
sheet_name_for (PsXlsx     *x,
                const char *wanted)
{
  GString *name = g_string_new (NULL);

  /* forbidden in sheet names: []:*?/\ ; at most 31 characters */
  for (const char *p = wanted; *p && g_utf8_strlen (name->str, -1) < 31; p = g_utf8_next_char (p))
    {
      if (strchr ("[]:*?/\\", *p) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, g_utf8_get_char (p));
    }
  if (workbook_validate_sheet_name (x->wb, name->str) != LXW_NO_ERROR)
    g_string_append_printf (name, " %u", x->sheets->len + 1);
  return g_string_free (name, FALSE);
}

static void
set_properties (PsXlsx *x)
{
  lxw_doc_properties props = { 0 };
  g_autofree char *subject = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *date = ps_xlsx_date_text (x->p->date);
  g_autofree char *tjm = ps_format_money (x->c->scenario.tjm);
  g_autofree char *generator = g_strdup_printf ("Portage Simulator %s", PACKAGE_VERSION);
  g_autofree char *iso_date = ps_date_format (x->p->date);
  g_autofree char *now = ps_xlsx_date_text (ps_date_today ());

  subject = g_strdup_printf (_("Day rate %s, %g days billed a year: portage salarial and the other statuses compared"),
                             tjm, x->c->scenario.days_per_year);
  comments = g_strdup_printf (_("Simulation on %s, with the rates in force on that date (%d), exported on %s by Portage Simulator %s."),
                              date, x->p->year, now, PACKAGE_VERSION);
  props.title = (char *) _("Portage Simulator: what you keep, by status");
  props.subject = subject;
  props.author = (char *) "Portage Simulator";
  props.keywords = (char *) "portage salarial, CDI, TJM, URSSAF";
  props.comments = comments;
  props.category = (char *) _("Simulation");
  props.created = time (NULL);
  workbook_set_properties (x->wb, &props);
  workbook_set_custom_property_integer (x->wb, "Rates year", x->p->year);
  workbook_set_custom_property_string (x->wb, "Simulation date", iso_date);
  workbook_set_custom_property_string (x->wb, "Generator", generator);
}

/* The health budget as portage's payslip spends it (the engine's
 * default): a formula in the Summary's input, once portage's sheet is
 * written; with no salary there, the premium alone */
static void
write_health_default (PsXlsx *x)
{
  PsSheet *back = x->current;
  PsX gross = nm (x, "portage_gross_monthly");
  PsX premium = nm (x, "portage_health_premium_monthly");
  PsX employee = ps_x_sub (x, premium, ps_x_mul (x, premium, nm (x, "mutuelle_employer_share")));
  PsX from_slip = ps_x_round (x, ps_x_mul (x, ps_x_add (x, nm (x, "portage_welfare_monthly"), employee), n (x, 12)), 2);

  x->current = x->summary;
  ps_sheet_formula (x->summary, x->health_input.row, x->health_input.col,
                    ps_x_if (x, ps_x_cmp (x, gross, ">", n (x, 0)), from_slip,
                             ps_x_round (x, ps_x_mul (x, nm (x, "mutuelle_monthly"), n (x, 12)), 2)),
                    x->fmt.money_input);
  x->current = back;
}

static void
build (PsXlsx *x)
{
  PsStatusCells cells[PS_N_STATUSES];
  g_autofree char *summary = sheet_name_for (x, _("Summary"));

  memset (cells, 0, sizeof cells);
  for (int i = 0; i < PS_N_STATUSES; i++)
    x->eligible[i] = ps_cell (NULL, -1, -1);
  /* Translators: "fr" in the French translation: French typography in the
   * workbook's texts (no-break spaces before : ; ! ? %, the ’ apostrophe) */
  x->french = g_str_equal (C_("xlsx typography", "en"), "fr");
  create_formats (x);
  set_properties (x);

  /* the tabs, in order: summary, one per status, rates, curve */
  x->summary = ps_sheet_new (x, summary);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *name = sheet_name_for (x, status_sheets[i].sheet_name ? _(status_sheets[i].sheet_name)
                                                                             : _(ps_status_name (i)));
      x->status_sheet[i] = ps_sheet_new (x, name);
    }
  {
    g_autofree char *name = sheet_name_for (x, _("Protection"));
    x->protection = ps_sheet_new (x, name);
  }
  if (!x->assumptions_only)
    {
      ps_xlsx_offers_create (x);
      ps_xlsx_scenarios_create (x);
    }
  {
    g_autofree char *name = sheet_name_for (x, _("Years"));
    x->years = ps_sheet_new (x, name);
  }
  {
    g_autofree char *name = sheet_name_for (x, _("Cash"));
    x->cash = ps_sheet_new (x, name);
  }
  /* hidden, before the last two */
  ps_xlsx_split_create (x);
  {
    g_autofree char *name = sheet_name_for (x, _("Assumptions"));
    x->assumptions = ps_sheet_new (x, name);
  }
  {
    g_autofree char *name = sheet_name_for (x, _("Curve"));
    x->curve = ps_sheet_new (x, name);
  }
  if (x->error != NULL)
    return;

  /* in the order the formulas need them: inputs, rates, statuses, summary */
  write_summary_head (x);
  ps_xlsx_write_assumptions (x);
  if (x->assumptions_only)
    return;
  /* the offers' terms before the Portage sheet, which may use the
   * current offer's */
  ps_xlsx_write_offer_terms (x);
  if (x->portage_terms == NULL)
    x->portage_offer = NULL;
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      for (int f = 0; f < PS_N_FIELDS; f++)
        cells[i].cell[f] = ps_cell (NULL, -1, -1);
      ps_xlsx_split_search (x, i);
      status_sheets[i].write (x, i, &cells[i]);
      if (i == PS_STATUS_PORTAGE && x->c->scenario.health_yearly < 0)
        write_health_default (x);
    }
  write_summary (x, cells);
  /* after the summary, which names the statuses' yearly figures */
  ps_xlsx_write_protection (x, cells);
  ps_xlsx_write_years (x);
  ps_xlsx_write_cash (x);
  /* after the Portage sheet, whose cells the names give */
  ps_xlsx_write_offers (x);
  ps_xlsx_write_scenarios (x);
  write_curve (x);
}

static void
xlsx_clear (PsXlsx *x)
{
  g_clear_pointer (&x->sheets, g_ptr_array_unref);
  g_clear_pointer (&x->names, g_hash_table_unref);
  g_clear_pointer (&x->chunk, g_string_chunk_free);
  g_clear_pointer (&x->summary_inputs, g_ptr_array_unref);
  g_clear_pointer (&x->yes_no, g_hash_table_unref);
  g_clear_pointer (&x->error, g_free);
  g_clear_pointer (&x->offers_terms, g_free);
  ps_xlsx_split_free (x);
}

static gboolean export_workbook (const PsComparison *comparison,
                                 const PsParams     *params,
                                 PsRates            *rates,
                                 const PsXlsxExtras *extras,
                                 const char         *path,
                                 gboolean            assumptions_only,
                                 GError            **error);

gboolean
ps_xlsx_export (const PsComparison *comparison,
                const PsParams     *params,
                PsRates            *rates,
                const char         *path,
                GError            **error)
{
  return export_workbook (comparison, params, rates, NULL, path, FALSE, error);
}

gboolean
ps_xlsx_export_full (const PsComparison *comparison,
                     const PsParams     *params,
                     PsRates            *rates,
                     const PsXlsxExtras *extras,
                     const char         *path,
                     GError            **error)
{
  return export_workbook (comparison, params, rates, extras, path, FALSE, error);
}

gboolean
ps_xlsx_export_assumptions (const PsComparison *comparison,
                            const PsParams     *params,
                            PsRates            *rates,
                            const char         *path,
                            GError            **error)
{
  return export_workbook (comparison, params, rates, NULL, path, TRUE, error);
}

static gboolean
export_workbook (const PsComparison *comparison,
                 const PsParams     *params,
                 PsRates            *rates,
                 const PsXlsxExtras *extras,
                 const char         *path,
                 gboolean            assumptions_only,
                 GError            **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *contents = NULL;
  lxw_workbook_options options = { 0 };
  PsXlsx x = { 0 };
  lxw_error err;
  gsize length = 0;
  gboolean ok = FALSE;
  locale_t c_numeric, saved_locale = (locale_t) 0;

  g_return_val_if_fail (comparison != NULL && params != NULL && rates != NULL && path != NULL, FALSE);

  /* Built in a private folder, then written next to @path and renamed over
   * it (ps_export_write_file): no partial file at @path, ever. */
  /* named after this process: a killed export's folder is removed by the
   * next one */
  tmpdir = ps_file_make_temp_dir ("export", &local_error);
  if (tmpdir == NULL)
    {
      g_set_error_literal (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  tmp = g_build_filename (tmpdir, "export.xlsx", NULL);

  options.tmpdir = tmpdir;
  x.wb = workbook_new_opt (tmp, &options);
  if (x.wb == NULL)
    {
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED, _("Cannot create the workbook"));
      ps_file_remove_tree (tmpdir);
      return FALSE;
    }
  x.c = comparison;
  x.assumptions_only = assumptions_only;
  if (extras != NULL)
    {
      x.offers = extras->offers;
      x.n_offers = CLAMP (extras->n_offers, 0, PS_MAX_OFFERS);
      x.scenarios = extras->scenarios;
      x.quote = extras->quote;
      if (extras->current_offer != NULL && extras->offer_comparison != NULL)
        {
          x.current_offer = extras->current_offer;
          x.offer_comparison = extras->offer_comparison;
          /* the current offer among the Offres sheet's, with the
           * scenario's employer profile: the Portage sheet has its terms
           * (the fee and extras from its column of the Offres sheet), and
           * the workbook the comparison with it */
          for (int i = 0; i < x.n_offers && !assumptions_only; i++)
            if (!x.offers[i].has_profile
                && (&x.offers[i] == extras->current_offer
                    || memcmp (&x.offers[i], extras->current_offer, sizeof (PsOffer)) == 0))
              {
                x.portage_offer = &x.offers[i];
                x.c = extras->offer_comparison;
                break;
              }
        }
    }
  x.p = params;
  x.rates = rates;
  x.chunk = g_string_chunk_new (64 * 1024);
  x.summary_inputs = g_ptr_array_new ();
  x.yes_no = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Translators: a yes/no input of the workbook holds one of these */
  x.yes_text = C_("xlsx input", "Yes");
  x.no_text = C_("xlsx input", "No");
  x.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x.sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) ps_sheet_free);

  /* libxlsxwriter prints numbers with the C library: under a French
   * LC_NUMERIC it would write "0,07" into the XML. Numbers in C for this
   * thread, everything else (messages, money) as the caller has it. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (uselocale ((locale_t) 0)));
  if (c_numeric != (locale_t) 0)
    saved_locale = uselocale (c_numeric);
  build (&x);
  err = workbook_close (x.wb);
  if (c_numeric != (locale_t) 0)
    {
      uselocale (saved_locale);
      freelocale (c_numeric);
    }
  if (x.error != NULL)
    g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED, _("Cannot build the workbook: %s"), x.error);
  else if (err != LXW_NO_ERROR)
    {
      int saved = errno;

      g_autofree char *display = g_filename_display_name (path);

      /* libxlsxwriter failed writing into the temporary folder */
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE,
                   /* Translators: file name, temporary folder, system error */
                   _("Cannot write “%s”: its temporary copy in %s failed (%s)"),
                   display, g_get_tmp_dir (), g_strerror (saved));
    }
  else if (!ps_file_read (tmp, 256 * 1024 * 1024, &contents, &length, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE, _("Cannot write “%s”: %s"), display,
                   local_error->message);
    }
  else
    ok = ps_export_write_file (path, contents, length, error);

  ps_file_remove_tree (tmpdir);
  xlsx_clear (&x);
  return ok;
}
