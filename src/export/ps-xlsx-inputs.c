/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Summary's inputs: the yellow cells the formulas read (day rate,
 * days, fee, expenses, household, employer profile, the SASU and EURL
 * split), each with its validation in the workbook's language; the
 * choices made at export, read-only beside them. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-xlsx-private.h"
#include "ps-xlsx-split-search.h"

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

/* A yes/no input on @ws: a drop-down list of the workbook's words for
 * yes and no (Oui/Non), with an input message. */
void
ps_xlsx_validate_yes_no (PsXlsx        *x,
                         lxw_worksheet *ws,
                         int            row,
                         int            col)
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
  worksheet_data_validation_cell (ws, row, col, &v);
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
    ps_xlsx_validate_yes_no (x, x->summary->ws, *row, 1);
  else
    validate (x, *row, 1, min, max, fmt == x->fmt.rate_input || fmt == x->fmt.percent_input);
  if (note != NULL)
    ps_sheet_string (s, *row, 2, note, x->fmt.note_indent);
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
  ps_sheet_string (s, *row, 2, _("set at export: export again to change it"), x->fmt.note_indent);
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

int
ps_xlsx_write_inputs (PsXlsx *x,
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
  /* one step from the values, right-aligned in the column before */
  ps_sheet_string (s, row, 2, _("Note"), x->fmt.header_indent);
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
                                          ? _("CDD (end-of-contract indemnity of 10% of the gross)")
                                          /* xgettext:no-c-format */
                                          : _("CDI (réserve of 10% of the base pay)"));
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
                                  ? _("progressive scale (40% abatement)")
                                  : _("flat tax (PFU)"));
  fixed (x, &row, _("EURL taxed at"), sc->eurl_ir ? _("the income tax (IR)") : _("the corporate tax (IS)"));
  if (!sc->eurl_ir)
    write_split_input (x, &row, PS_STATUS_EURL);
  input (x, &row, _("EURL: share capital"), "eurl_share_capital", sc->eurl_capital, x->fmt.money_input, 0, 100000000,
         /* xgettext:no-c-format */
         _("dividends above 10% of it bear the TNS contributions"));
  input (x, &row, _("Micro, SASU and EURL: health cover and prévoyance per year"), "health_budget_yearly",
         x->c->health_yearly, x->fmt.money_input, 0, 1000000,
         sc->health_yearly < 0 ? _("as portage’s payslip (mutuelle, both shares, and prévoyance): type an amount to change it")
                               : _("paid from the net; EURL: Madelin-deductible"));
  x->health_input = ps_cell (s, row - 1, 1);
  input (x, &row, _("SASU and EURL: the household escapes the cotisation subsidiaire maladie"), "csm_exempt",
         sc->csm_exempt ? 1 : 0, x->fmt.number_input, 0, 1,
         /* xgettext:no-c-format */
         _("yes: the spouse has activity income of 20% of the PASS or more, or a replacement income"));
  ps_sheet_string (s, row, 0, _("Simulation date (rates in force)"), x->fmt.label);
  worksheet_write_datetime (s->ws, row, 1, &dt, x->fmt.fixed_date);
  ps_sheet_string (s, row, 2, _("set at export: export again to change it"), x->fmt.note_indent);
  row++;
  return row + 1;
}
