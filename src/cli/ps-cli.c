/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-comparison.h"
#include "ps-date.h"
#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-portage.h"
#include "ps-rates.h"
#include "ps-xlsx-export.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

#define MAX_TJM 100000.0

typedef struct
{
  /* raw option strings: numbers are parsed by the engine's validation
   * layer, which accepts "550,50" and names the option in its messages */
  char    *gross_monthly;
  char    *tjm;
  char    *days_per_month;
  char    *days_per_year;
  char    *fee_pct;
  char    *fee_model;
  char    *fee_cap_monthly;
  char    *fee_flat_monthly;
  char    *expenses_monthly;
  char    *level;
  char    *cdi_gross_yearly;
  char    *esn_margin_pct;
  char    *date;
  char    *rates_file;
  char    *headcount;
  char    *atmp_pct;
  char    *vm_pct;
  char    *mutuelle_monthly;
  char    *mutuelle_employer_pct;
  char    *tax;
  char    *parts;
  gboolean non_cadre;
  gboolean no_reserve;
  gboolean json;
  char    *output;  /* export */
  gboolean csv;     /* export */
} Options;

static void
options_clear (Options *o)
{
  char **strings[] = {
    &o->gross_monthly, &o->tjm, &o->days_per_month, &o->days_per_year, &o->fee_pct,
    &o->fee_model, &o->fee_cap_monthly, &o->fee_flat_monthly, &o->expenses_monthly,
    &o->level, &o->cdi_gross_yearly, &o->esn_margin_pct, &o->date, &o->rates_file,
    &o->headcount, &o->atmp_pct, &o->vm_pct, &o->mutuelle_monthly,
    &o->mutuelle_employer_pct, &o->tax, &o->parts,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  g_clear_pointer (&o->output, g_free);
}

typedef struct
{
  PsRates          *rates;
  const PsParams   *params;
  PsEmployerProfile profile;
  PsTaxSettings     tax;
} Context;

static void
context_clear (Context *c)
{
  g_clear_pointer (&c->rates, ps_rates_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

/* ------------------------------------------------------------ parsing */

static gboolean
opt_number (const char *name,
            const char *text,
            double      min,
            double      max,
            double     *value,
            GError    **error)
{
  if (text == NULL)
    return TRUE; /* keep the default */
  return ps_input_parse_number (name, text, min, max, value, error);
}

static gboolean
require (const char *name,
         const char *text,
         GError    **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY, _("%s is required"), name);
  return FALSE;
}

static gboolean
context_init (Context       *c,
              const Options *o,
              GError       **error)
{
  PsDate date = ps_rates_default_date ();
  double headcount, pct, parts;

  memset (c, 0, sizeof *c);
  if (o->date != NULL && !ps_date_parse (o->date, &date, error))
    {
      g_prefix_error (error, "--date: ");
      return FALSE;
    }

  if (o->rates_file != NULL)
    c->rates = ps_rates_new_from_file (o->rates_file, error);
  else
    c->rates = ps_rates_new_for_year (PS_DATE_YEAR (date), error);
  if (c->rates == NULL)
    return FALSE;
  if (o->rates_file != NULL && o->date == NULL)
    date = PS_DATE (ps_rates_get_year (c->rates), PS_DATE_YEAR (date) == ps_rates_get_year (c->rates)
                    ? (date / 100) % 100 : 1, PS_DATE_YEAR (date) == ps_rates_get_year (c->rates) ? date % 100 : 1);
  c->params = ps_rates_resolve (c->rates, date, error);
  if (c->params == NULL)
    return FALSE;

  ps_employer_profile_init_portage (&c->profile);
  c->profile.cadre = !o->non_cadre;
  headcount = c->profile.headcount;
  if (!opt_number ("--headcount", o->headcount, 1, 1000000, &headcount, error))
    return FALSE;
  c->profile.headcount = (int) headcount;
  pct = c->profile.atmp_rate * 100;
  if (!opt_number ("--atmp-pct", o->atmp_pct, 0, 30, &pct, error))
    return FALSE;
  c->profile.atmp_rate = pct / 100;
  pct = c->profile.vm_rate * 100;
  if (!opt_number ("--vm-pct", o->vm_pct, 0, 5, &pct, error))
    return FALSE;
  c->profile.vm_rate = pct / 100;
  if (!opt_number ("--mutuelle-monthly", o->mutuelle_monthly, 0, 1000, &c->profile.mutuelle_monthly, error))
    return FALSE;
  pct = c->profile.mutuelle_employer_rate * 100;
  if (!opt_number ("--mutuelle-employer-pct", o->mutuelle_employer_pct, 0, 100, &pct, error))
    return FALSE;
  c->profile.mutuelle_employer_rate = pct / 100;

  ps_tax_settings_init (&c->tax);
  if (o->tax == NULL || g_str_equal (o->tax, "bareme") || g_str_equal (o->tax, "barème"))
    c->tax.method = PS_TAX_BAREME;
  else if (g_str_equal (o->tax, "neutral"))
    c->tax.method = PS_TAX_NEUTRAL;
  else
    {
      g_autoptr (GError) local = NULL;
      double rate;

      if (!ps_input_parse_number ("--tax", o->tax, 0, 60, &rate, &local))
        {
          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                       _("--tax: expected neutral, bareme or a rate in %% between 0 and 60, got “%s”"), o->tax);
          return FALSE;
        }
      c->tax.method = PS_TAX_RATE;
      c->tax.rate = rate / 100;
    }
  parts = 1;
  if (!opt_number ("--parts", o->parts, 1, 20, &parts, error))
    return FALSE;
  if (fabs (parts * 2 - round (parts * 2)) > 1e-9)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--parts: the number of parts goes by halves (1, 1.5, 2, 2.5…)"));
      return FALSE;
    }
  c->tax.parts = parts;
  return TRUE;
}

static gboolean
portage_inputs_from_options (const Options   *o,
                             const Context   *c,
                             gboolean         yearly_days_only,
                             PsPortageInputs *in,
                             GError         **error)
{
  double pct, days;

  ps_portage_inputs_init (in, c->params);
  in->profile = c->profile;
  in->tax = c->tax;

  if (!require ("--tjm", o->tjm, error)
      || !ps_input_parse_number ("--tjm", o->tjm, 1, MAX_TJM, &in->tjm, error))
    return FALSE;

  if (o->days_per_month != NULL && o->days_per_year != NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("Give either --days-per-month or --days-per-year, not both"));
      return FALSE;
    }
  if (o->days_per_month != NULL && !yearly_days_only)
    {
      if (!ps_input_parse_number ("--days-per-month", o->days_per_month, 0.5, 31, &days, error))
        return FALSE;
      in->days_per_month = days;
    }
  else if (o->days_per_year != NULL)
    {
      if (!ps_input_parse_number ("--days-per-year", o->days_per_year, 1, 366, &days, error))
        return FALSE;
      in->days_per_month = days / 12;
    }
  else
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   yearly_days_only ? _("--days-per-year is required")
                                    : _("--days-per-month or --days-per-year is required"));
      return FALSE;
    }

  if (o->fee_model == NULL || g_str_equal (o->fee_model, "percent"))
    in->fee_model = PS_FEE_PERCENT_REVENUE;
  else if (g_str_equal (o->fee_model, "percent-net"))
    in->fee_model = PS_FEE_PERCENT_NET_OF_EXPENSES;
  else if (g_str_equal (o->fee_model, "flat"))
    in->fee_model = PS_FEE_FLAT;
  else
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--fee-model: expected percent, percent-net or flat, got “%s”"), o->fee_model);
      return FALSE;
    }
  pct = in->fee_rate * 100;
  if (!opt_number ("--fee-pct", o->fee_pct, 0, 100, &pct, error))
    return FALSE;
  in->fee_rate = pct / 100;
  if (!opt_number ("--fee-cap-monthly", o->fee_cap_monthly, 0, 1000000, &in->fee_cap_monthly, error)
      || !opt_number ("--fee-flat-monthly", o->fee_flat_monthly, 0, 1000000, &in->fee_flat_monthly, error)
      || !opt_number ("--expenses-monthly", o->expenses_monthly, 0, 1000000, &in->expenses_monthly, error))
    return FALSE;
  if (in->fee_model == PS_FEE_FLAT && o->fee_flat_monthly == NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("--fee-flat-monthly is required with --fee-model flat"));
      return FALSE;
    }
  in->reserve = !o->no_reserve;

  if (o->level == NULL || g_str_equal (o->level, "senior"))
    in->level = PS_LEVEL_SENIOR;
  else if (g_str_equal (o->level, "first"))
    in->level = PS_LEVEL_FIRST;
  else if (g_str_equal (o->level, "junior"))
    in->level = PS_LEVEL_JUNIOR;
  else if (g_str_equal (o->level, "expert"))
    in->level = PS_LEVEL_EXPERT;
  else
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--level: expected first, junior, senior or expert, got “%s”"), o->level);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ output */

static void
print_json (cJSON *obj)
{
  g_autofree char *text = cJSON_Print (obj);

  g_print ("%s\n", text);
}

/* printf pads by bytes; amounts hold multi-byte spaces and "€": pad by
 * characters. */
static char *
pad (const char *text,
     int         width,
     gboolean    right)
{
  int n = (int) g_utf8_strlen (text, -1);
  g_autofree char *fill = g_strnfill (MAX (0, width - n), ' ');

  return right ? g_strconcat (fill, text, NULL) : g_strconcat (text, fill, NULL);
}

#define LABEL_WIDTH 46
#define AMOUNT_WIDTH 15

static void
header2 (void)
{
  g_autofree char *l = pad ("", LABEL_WIDTH, FALSE);
  g_autofree char *m = pad (_("per month"), AMOUNT_WIDTH, TRUE);
  g_autofree char *y = pad (_("per year"), AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s %s\n", l, m, y);
}

static void
row2 (const char *label,
      double      monthly)
{
  g_autofree char *m = ps_format_money (monthly);
  g_autofree char *y = ps_format_money (monthly * 12);
  g_autofree char *l = pad (label, LABEL_WIDTH, FALSE);
  g_autofree char *pm = pad (m, AMOUNT_WIDTH, TRUE);
  g_autofree char *py = pad (y, AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s %s\n", l, pm, py);
}

static void
print_lines (const PsPayslip *slip)
{
  const int widths[] = { 50, 11, 8, 10, 8, 10 };
  const char *titles[] = { _("Contribution"), _("Base"), _("Empl. %"), _("Employee"), _("Empr. %"), _("Employer") };

  g_print ("\n ");
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *t = pad (titles[i], widths[i], i > 0);
      g_print (" %s", t);
    }
  g_print ("\n");
  for (int i = 0; i < slip->n_lines; i++)
    {
      const PsLine *l = &slip->lines[i];
      char *cells[6] = {
        g_strdup (l->label),
        ps_format_number (l->base, 2),
        l->employee_rate != 0 ? ps_format_number (l->employee_rate * 100, 3) : g_strdup (""),
        l->employee != 0 ? ps_format_number (l->employee, 2) : g_strdup (""),
        l->employer_rate != 0 ? ps_format_number (l->employer_rate * 100, 3) : g_strdup (""),
        l->employer != 0 ? ps_format_number (l->employer, 2) : g_strdup (""),
      };

      g_print (" ");
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          g_autofree char *t = pad (cells[c], widths[c], c > 0);
          g_print (" %s", t);
          g_free (cells[c]);
        }
      g_print ("\n");
    }
}

static const char *
tax_method_label (const PsTaxSettings *t)
{
  switch (t->method)
    {
    case PS_TAX_NEUTRAL: return _("Income tax (PAS neutral rate)");
    case PS_TAX_RATE: return _("Income tax (personal rate)");
    case PS_TAX_BAREME:
    default: return _("Income tax (scale)");
    }
}

/* ------------------------------------------------------------ commands */

static int
cmd_salary (const Options *o,
            GError       **error)
{
  g_auto (Context) c = { 0 };
  double gross, tax, rate;
  PsPayslip slip;

  if (!require ("--gross-monthly", o->gross_monthly, error)
      || !ps_input_parse_number ("--gross-monthly", o->gross_monthly, 0, 1000000, &gross, error))
    return PS_CLI_BAD_INPUT;
  if (!context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;

  ps_payslip_compute (c.params, &c.profile, gross, &slip);
  tax = ps_income_tax_on_salary (c.params, &c.tax, slip.taxable_net, &rate);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_salary (&slip, tax, rate);
      print_json (obj);
      return PS_CLI_OK;
    }

  g_print ("%s\n", _("Salary (one month)"));
  header2 ();
  row2 (_("Gross salary"), slip.gross);
  row2 (_("Employee contributions"), slip.employee_contributions);
  row2 (_("Employer contributions"), slip.employer_contributions);
  row2 (_("Employer cost"), slip.employer_cost);
  row2 (_("Net before income tax"), slip.net_before_tax);
  row2 (_("Taxable net"), slip.taxable_net);
  row2 (tax_method_label (&c.tax), tax / 12);
  row2 (_("Net after income tax"), slip.net_before_tax - tax / 12);
  print_lines (&slip);
  return PS_CLI_OK;
}

static void
print_portage (const PsPortageResult *r,
               const PsPortageInputs *in,
               gboolean               with_lines)
{
  g_auto (GStrv) warnings = ps_portage_warning_messages (r, in);

  g_print ("%s\n", _("Portage salarial"));
  header2 ();
  row2 (_("Revenue excl. VAT"), r->revenue);
  row2 (_("Management fee"), -r->fees);
  row2 (_("Reimbursed expenses"), -r->expenses);
  row2 (_("Envelope (employer cost budget)"), r->envelope);
  row2 (_("Employer contributions"), -r->employer_contributions);
  row2 (_("Réserve financière (deferred pay)"), -r->reserve);
  row2 (_("Contributions on the réserve"), -r->reserve_employer_contributions);
  row2 (_("Gross salary"), r->gross);
  row2 (_("   base salary"), r->base);
  row2 (_("   business indemnity (IAA)"), r->iaa);
  row2 (_("   paid leave"), r->paid_leave);
  row2 (_("Employee contributions"), -r->employee_contributions);
  row2 (_("Net before income tax"), r->net_before_tax);
  row2 (tax_method_label (&in->tax), -r->income_tax);
  row2 (_("Net after income tax"), r->net_after_tax);
  row2 (_("Take-home (net after tax + expenses)"), r->take_home);
  for (int i = 0; warnings[i] != NULL; i++)
    g_print ("  ⚠ %s\n", warnings[i]);
  if (with_lines)
    print_lines (&r->payslip);
}

static int
cmd_portage (const Options *o,
             GError       **error)
{
  g_auto (Context) c = { 0 };
  PsPortageInputs in;
  PsPortageResult r;

  if (!context_init (&c, o, error) || !portage_inputs_from_options (o, &c, FALSE, &in, error))
    return PS_CLI_BAD_INPUT;

  ps_portage_compute (c.params, &in, &r);
  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_portage (&r, &in);
      print_json (obj);
    }
  else
    print_portage (&r, &in, TRUE);
  return PS_CLI_OK;
}

/* The inputs of `compare` (and of every command that takes the same
 * inputs) → the comparison of all statuses. */
static gboolean
compare_from_options (const Options *o,
                      Context       *c,
                      PsComparison  *cmp,
                      GError       **error)
{
  PsPortageInputs in;
  PsScenario s;
  double margin_pct;

  if (!context_init (c, o, error) || !portage_inputs_from_options (o, c, TRUE, &in, error))
    return FALSE;

  ps_scenario_init (&s, c->params);
  s.tjm = in.tjm;
  s.days_per_year = in.days_per_month * 12;
  s.fee_model = in.fee_model;
  s.fee_rate = in.fee_rate;
  s.fee_cap_monthly = in.fee_cap_monthly;
  s.fee_flat_monthly = in.fee_flat_monthly;
  s.expenses_monthly = in.expenses_monthly;
  s.reserve = in.reserve;
  s.level = in.level;
  s.profile = in.profile;
  s.tax = in.tax;
  margin_pct = s.esn_margin_rate * 100;
  if (!opt_number ("--esn-margin-pct", o->esn_margin_pct, 0, 90, &margin_pct, error))
    return FALSE;
  s.esn_margin_rate = margin_pct / 100;
  if (o->cdi_gross_yearly != NULL
      && !ps_input_parse_number ("--cdi-gross-yearly", o->cdi_gross_yearly, 1, 10000000, &s.cdi_gross_yearly, error))
    return FALSE;

  ps_comparison_compute (c->params, &s, cmp);
  return TRUE;
}

static int
cmd_compare (const Options *o,
             GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  const PsScenario *sc = &cmp->scenario;

  if (!compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_comparison (cmp, c.params);
      print_json (obj);
      return PS_CLI_OK;
    }

  print_portage (&cmp->portage, &cmp->portage_inputs, FALSE);
  g_print ("\n%s\n", sc->cdi_gross_yearly > 0 ? _("CDI (your offer)") : _("CDI at an ESN (same billing, ESN margin)"));
  header2 ();
  row2 (_("Employer cost"), cmp->cdi.payslip.employer_cost);
  row2 (_("Gross salary"), cmp->cdi.payslip.gross);
  row2 (_("Employee contributions"), -cmp->cdi.payslip.employee_contributions);
  row2 (_("Net before income tax"), cmp->cdi.payslip.net_before_tax);
  row2 (tax_method_label (&c.tax), -cmp->cdi.income_tax_yearly / 12);
  row2 (_("Net after income tax"), cmp->cdi.net_after_tax_yearly / 12);

  g_print ("\n%s\n", _("Comparison, net after income tax"));
  header2 ();
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s%s", _(ps_status_name (i)),
                                                i == (int) cmp->best ? " ★" : "");
      row2 (label, cmp->statuses[i].net_after_tax_monthly);
    }
  return PS_CLI_OK;
}

/* export: the comparison as an Excel workbook (live formulas), or its CSV
 * or JSON. A file that can't be written is exit status 2, like bad input. */
static int
export_status (const GError *error)
{
  return g_error_matches (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE) ? PS_CLI_BAD_INPUT : PS_CLI_INTERNAL;
}

static int
cmd_export (const Options *o,
            GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree char *text = NULL;
  gboolean csv = o->csv, json = o->json;

  if (csv && json)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  if (!csv && !json && o->output != NULL)
    {
      csv = g_str_has_suffix (o->output, ".csv") || g_str_has_suffix (o->output, ".CSV");
      json = g_str_has_suffix (o->output, ".json") || g_str_has_suffix (o->output, ".JSON");
    }
  if (!csv && !json && (o->output == NULL || g_str_equal (o->output, "-")))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("-o FILE.xlsx is required (or --csv, --json to print the comparison)"));
      return PS_CLI_BAD_INPUT;
    }
  if (!compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;

  if (!csv && !json)
    return ps_xlsx_export (cmp, c.params, c.rates, o->output, error) ? PS_CLI_OK : export_status (*error);

  if (json)
    {
      g_autoptr (cJSON) obj = ps_json_comparison (cmp, c.params);
      g_autofree char *printed = cJSON_Print (obj);

      text = g_strconcat (printed, "\n", NULL);
    }
  else
    text = ps_export_comparison_csv (cmp);
  if (o->output == NULL || g_str_equal (o->output, "-"))
    {
      fputs (text, stdout);
      return PS_CLI_OK;
    }
  return ps_export_write_file (o->output, text, strlen (text), error) ? PS_CLI_OK : export_status (*error);
}

static int
cmd_rates (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *date = NULL;

  if (!context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  list = ps_rates_list (c.rates, c.params->date);
  date = ps_date_format (c.params->date);
  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "rates");

      cJSON_AddStringToObject (obj, "date", date);
      cJSON_AddStringToObject (obj, "origin", ps_rates_get_origin (c.rates));
      for (guint i = 0; i < list->len; i++)
        {
          PsRateInfo *info = g_ptr_array_index (list, i);
          cJSON *it = cJSON_CreateObject ();
          g_autofree char *from = ps_date_format (info->from);

          cJSON_AddStringToObject (it, "key", info->key);
          cJSON_AddStringToObject (it, "label", info->label);
          cJSON_AddStringToObject (it, "value", info->value_text);
          cJSON_AddStringToObject (it, "from", from);
          cJSON_AddStringToObject (it, "source", info->source);
          cJSON_AddItemToArray (arr, it);
        }
      print_json (obj);
      return PS_CLI_OK;
    }
  g_print (_("Rates in force on %s (%s)\n"), date, ps_rates_get_origin (c.rates));
  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);
      g_autofree char *from = ps_date_format (info->from);

      g_print ("  %-60s %-24s %s  %s\n", info->label, info->value_text, from, info->source);
    }
  return PS_CLI_OK;
}

/* ------------------------------------------------------------ main */

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (const Options *, GError **);
  gboolean salary, portage, compare, output;
} Command;

static const Command commands[] = {
  { "salary", N_("Payslip of a monthly gross salary: every contribution, net, cost, income tax"), cmd_salary, TRUE, FALSE, FALSE },
  { "portage", N_("Portage salarial: from a day rate to the net salary, line by line"), cmd_portage, FALSE, TRUE, FALSE },
  { "compare", N_("Portage salarial versus a CDI, on the same yearly basis"), cmd_compare, FALSE, TRUE, TRUE },
  { "rates", N_("The rates in force on a date, with their sources"), cmd_rates, FALSE, FALSE, FALSE },
  { "export", N_("The comparison as an Excel workbook with live formulas (-o FILE.xlsx), or as CSV or JSON"), cmd_export, FALSE, TRUE, TRUE, TRUE },
};

static void
usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: portage-cli COMMAND [OPTIONS]"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “portage-cli COMMAND --help” for the options of a command."));
}

int
ps_cli_run (int    argc,
            char **argv)
{
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) args = NULL;
  const Command *cmd = NULL;
  Options o = { 0 };
  int status;

  GOptionEntry common[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("Simulation date (default: today, within the rates files)"), "YYYY-MM-DD" },
    { "rates", 0, 0, G_OPTION_ARG_FILENAME, &o.rates_file, N_("Read the rates from this JSON file"), "FILE" },
    { "non-cadre", 0, 0, G_OPTION_ARG_NONE, &o.non_cadre, N_("Employee is not a cadre"), NULL },
    { "headcount", 0, 0, G_OPTION_ARG_STRING, &o.headcount, N_("Employer headcount (default 250)"), "N" },
    { "atmp-pct", 0, 0, G_OPTION_ARG_STRING, &o.atmp_pct, N_("AT/MP rate in % (default 0.64)"), "R" },
    { "vm-pct", 0, 0, G_OPTION_ARG_STRING, &o.vm_pct, N_("Versement mobilité rate in % (default 0)"), "R" },
    { "mutuelle-monthly", 0, 0, G_OPTION_ARG_STRING, &o.mutuelle_monthly, N_("Health insurance premium per month (default 40)"), "M" },
    { "mutuelle-employer-pct", 0, 0, G_OPTION_ARG_STRING, &o.mutuelle_employer_pct, N_("Employer share of it in % (default 50)"), "P" },
    { "tax", 0, 0, G_OPTION_ARG_STRING, &o.tax, N_("Income tax: bareme (default), neutral, or a personal rate in %"), "METHOD" },
    { "parts", 0, 0, G_OPTION_ARG_STRING, &o.parts, N_("Household parts for the scale (default 1; 2 or more = couple)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print JSON"), NULL },
    { NULL }
  };
  GOptionEntry salary[] = {
    { "gross-monthly", 0, 0, G_OPTION_ARG_STRING, &o.gross_monthly, N_("Gross salary per month"), "G" },
    { NULL }
  };
  GOptionEntry portage[] = {
    { "tjm", 0, 0, G_OPTION_ARG_STRING, &o.tjm, N_("Day rate excl. VAT"), "T" },
    { "days-per-month", 0, 0, G_OPTION_ARG_STRING, &o.days_per_month, N_("Days billed per month"), "D" },
    { "days-per-year", 0, 0, G_OPTION_ARG_STRING, &o.days_per_year, N_("Days billed per year (default 200)"), "D" },
    { "fee-pct", 0, 0, G_OPTION_ARG_STRING, &o.fee_pct, N_("Management fee in % (default 7)"), "F" },
    { "fee-model", 0, 0, G_OPTION_ARG_STRING, &o.fee_model, N_("percent (of revenue), percent-net (of revenue − expenses) or flat"), "MODEL" },
    { "fee-cap-monthly", 0, 0, G_OPTION_ARG_STRING, &o.fee_cap_monthly, N_("Monthly cap of a percent fee"), "C" },
    { "fee-flat-monthly", 0, 0, G_OPTION_ARG_STRING, &o.fee_flat_monthly, N_("Flat fee per month"), "F" },
    { "expenses-monthly", 0, 0, G_OPTION_ARG_STRING, &o.expenses_monthly, N_("Reimbursed professional expenses per month"), "E" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level, N_("Convention level: first, junior, senior (default), expert"), "LEVEL" },
    { "no-reserve", 0, 0, G_OPTION_ARG_NONE, &o.no_reserve, N_("No réserve financière (10 % of base pay)"), NULL },
    { NULL }
  };
  GOptionEntry compare[] = {
    { "cdi-gross-yearly", 0, 0, G_OPTION_ARG_STRING, &o.cdi_gross_yearly, N_("CDI offer, gross per year (default: what an ESN would pay)"), "S" },
    { "esn-margin-pct", 0, 0, G_OPTION_ARG_STRING, &o.esn_margin_pct, N_("ESN gross margin on billing in % (default 30)"), "M" },
    { NULL }
  };
  GOptionEntry output[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("Write to FILE: .xlsx (default), .csv or .json"), "FILE" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("The comparison as CSV (to FILE, or printed)"), NULL },
    { NULL }
  };

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PS_CLI_BAD_INPUT : PS_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("portage-cli %s\n", PACKAGE_VERSION);
      return PS_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      cmd = &commands[i];
  if (cmd == NULL)
    {
      g_printerr (_("portage-cli: unknown command “%s”\n"), argv[1]);
      usage (stderr);
      return PS_CLI_BAD_INPUT;
    }

  ctx = g_option_context_new (cmd->name);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _(cmd->summary));
  g_option_context_add_main_entries (ctx, common, GETTEXT_PACKAGE);
  if (cmd->salary)
    g_option_context_add_main_entries (ctx, salary, GETTEXT_PACKAGE);
  if (cmd->portage)
    g_option_context_add_main_entries (ctx, portage, GETTEXT_PACKAGE);
  if (cmd->compare)
    g_option_context_add_main_entries (ctx, compare, GETTEXT_PACKAGE);
  if (cmd->output)
    g_option_context_add_main_entries (ctx, output, GETTEXT_PACKAGE);

  args = g_new0 (char *, argc);
  args[0] = g_strdup ("portage-cli");
  for (int i = 2; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (ctx, &args, &error))
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      options_clear (&o);
      return PS_CLI_BAD_INPUT;
    }
  if (g_strv_length (args) > 1)
    {
      g_printerr (_("portage-cli %s: unexpected argument “%s”\n"), cmd->name, args[1]);
      options_clear (&o);
      return PS_CLI_BAD_INPUT;
    }

  status = cmd->run (&o, &error);
  if (error != NULL)
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      if (status == PS_CLI_OK)
        status = PS_CLI_INTERNAL;
    }
  options_clear (&o);
  return status;
}
