/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-bench.h"
#include "ps-cli-private.h"
#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-tips.h"
#include "ps-date.h"
#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-portage.h"
#include "ps-rates.h"
#include "ps-scenario.h"
#include "ps-xlsx-export.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

#define MAX_TJM 100000.0

typedef struct _PsCliOptions
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
  char    *target_net_monthly;
  char    *mileage_km_yearly;
  char    *revenue_yearly;
  char    *employer_cost_yearly;
  char    *dividends_yearly;
  char    *remuneration_yearly;
  char    *tax_regime;
  char    *sasu_salary_yearly;
  char    *eurl_remuneration_yearly;
  char    *running_costs_yearly;
  char    *scenario_file;
  char    *tjm_from;
  char    *tjm_to;
  char    *step;
  gboolean vl;
  gboolean acre;
  gboolean eurl_ir;
  gboolean dividends_bareme;
  gboolean csm_exempt;
  gboolean csv;
  gboolean non_cadre;
  gboolean no_reserve;
  gboolean json;
  char    *output;  /* export */
} Options;

static void
options_clear (Options *o)
{
  char **strings[] = {
    &o->gross_monthly, &o->tjm, &o->days_per_month, &o->days_per_year, &o->fee_pct,
    &o->fee_model, &o->fee_cap_monthly, &o->fee_flat_monthly, &o->expenses_monthly,
    &o->level, &o->cdi_gross_yearly, &o->esn_margin_pct, &o->date, &o->rates_file,
    &o->headcount, &o->atmp_pct, &o->vm_pct, &o->mutuelle_monthly,
    &o->mutuelle_employer_pct, &o->tax, &o->parts, &o->target_net_monthly,
    &o->mileage_km_yearly, &o->revenue_yearly, &o->employer_cost_yearly, &o->dividends_yearly,
    &o->remuneration_yearly, &o->tax_regime, &o->sasu_salary_yearly, &o->eurl_remuneration_yearly,
    &o->running_costs_yearly, &o->scenario_file, &o->tjm_from, &o->tjm_to, &o->step,
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

/* year: the billed days come from the year's inputs, not an option */
static gboolean days_from_year;

static gboolean
opt_field (PsField     field,
           const char *name,
           const char *text,
           double     *value,
           GError    **error)
{
  if (text == NULL)
    return TRUE; /* keep the default */
  return ps_input_parse_field (field, name, text, value, error);
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

/* "--date : …" in French: the separator is translated */
static void
prefix_option (GError     **error,
               const char  *option)
{
  char *message;

  if (error == NULL || *error == NULL)
    return;
  message = g_strdup_printf (_("%s: %s"), option, (*error)->message);
  g_free ((*error)->message);
  (*error)->message = message;
}

static gboolean
context_init_from (Context          *c,
                   const Options    *o,
                   const PsScenario *base,
                   GError          **error);

static gboolean
context_init (Context       *c,
              const Options *o,
              GError       **error)
{
  return context_init_from (c, o, NULL, error);
}

/* The rates, and the employer profile and tax settings: @base's (a
 * scenario file's) or the defaults, with the options given over them. */
static gboolean
context_init_from (Context          *c,
                   const Options    *o,
                   const PsScenario *base,
                   GError          **error)
{
  PsDate date = ps_rates_default_date ();
  double headcount, pct, parts;

  memset (c, 0, sizeof *c);
  if (o->date != NULL && !ps_date_parse (o->date, &date, error))
    {
      prefix_option (error, "--date");
      return FALSE;
    }

  if (o->rates_file != NULL)
    {
      c->rates = ps_rates_new_from_file (o->rates_file, error);
      if (c->rates == NULL)
        prefix_option (error, "--rates");
    }
  else
    {
      c->rates = ps_rates_new_for_year (PS_DATE_YEAR (date), error);
      /* "No rates for 2024": the year came from --date */
      if (c->rates == NULL && o->date != NULL && error != NULL
          && g_error_matches (*error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND))
        prefix_option (error, "--date");
    }
  if (c->rates == NULL)
    return FALSE;
  if (o->rates_file != NULL && o->date == NULL)
    date = PS_DATE (ps_rates_get_year (c->rates), PS_DATE_YEAR (date) == ps_rates_get_year (c->rates)
                    ? (date / 100) % 100 : 1, PS_DATE_YEAR (date) == ps_rates_get_year (c->rates) ? date % 100 : 1);
  c->params = ps_rates_resolve (c->rates, date, error);
  if (c->params == NULL)
    {
      prefix_option (error, o->date != NULL ? "--date" : "--rates");
      return FALSE;
    }

  ps_employer_profile_init_portage (&c->profile);
  if (base != NULL)
    c->profile = base->profile;
  c->profile.cadre = c->profile.cadre && !o->non_cadre;
  headcount = c->profile.headcount;
  if (!opt_field (PS_FIELD_HEADCOUNT, "--headcount", o->headcount, &headcount, error))
    return FALSE;
  c->profile.headcount = (int) headcount;
  pct = c->profile.atmp_rate * 100;
  if (!opt_field (PS_FIELD_ATMP_PCT, "--atmp-pct", o->atmp_pct, &pct, error))
    return FALSE;
  c->profile.atmp_rate = pct / 100;
  pct = c->profile.vm_rate * 100;
  if (!opt_field (PS_FIELD_VM_PCT, "--vm-pct", o->vm_pct, &pct, error))
    return FALSE;
  c->profile.vm_rate = pct / 100;
  if (!opt_field (PS_FIELD_MUTUELLE_MONTHLY, "--mutuelle-monthly", o->mutuelle_monthly, &c->profile.mutuelle_monthly, error))
    return FALSE;
  pct = c->profile.mutuelle_employer_rate * 100;
  if (!opt_field (PS_FIELD_MUTUELLE_EMPLOYER_PCT, "--mutuelle-employer-pct", o->mutuelle_employer_pct, &pct, error))
    return FALSE;
  c->profile.mutuelle_employer_rate = pct / 100;

  ps_tax_settings_init (&c->tax);
  if (base != NULL)
    c->tax = base->tax;
  if (o->tax == NULL)
    ; /* the default, or the file's */
  else if (g_str_equal (o->tax, "bareme") || g_str_equal (o->tax, "barème"))
    c->tax.method = PS_TAX_BAREME;
  else if (g_str_equal (o->tax, "neutral"))
    c->tax.method = PS_TAX_NEUTRAL;
  else
    {
      g_autoptr (GError) local = NULL;
      double rate;

      if (!ps_input_parse_field (PS_FIELD_TAX_RATE_PCT, "--tax", o->tax, &rate, &local))
        {
          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                       _("--tax: expected neutral, bareme or a rate in %% between 0 and 60, got “%s”"), o->tax);
          return FALSE;
        }
      c->tax.method = PS_TAX_RATE;
      c->tax.rate = rate / 100;
    }
  parts = c->tax.parts > 0 ? c->tax.parts : 1;
  if (!opt_field (PS_FIELD_PARTS, "--parts", o->parts, &parts, error))
    return FALSE;
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
      || !ps_input_parse_field (PS_FIELD_TJM, "--tjm", o->tjm, &in->tjm, error))
    return FALSE;

  if (o->days_per_month != NULL && o->days_per_year != NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("Give either --days-per-month or --days-per-year, not both"));
      return FALSE;
    }
  if (o->days_per_month != NULL && !yearly_days_only)
    {
      if (!ps_input_parse_field (PS_FIELD_DAYS_PER_MONTH, "--days-per-month", o->days_per_month, &days, error))
        return FALSE;
      in->days_per_month = days;
    }
  else if (o->days_per_year != NULL)
    {
      if (!ps_input_parse_field (PS_FIELD_DAYS_PER_YEAR, "--days-per-year", o->days_per_year, &days, error))
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
  if (!opt_field (PS_FIELD_FEE_PCT, "--fee-pct", o->fee_pct, &pct, error))
    return FALSE;
  in->fee_rate = pct / 100;
  if (!opt_field (PS_FIELD_FEE_CAP_MONTHLY, "--fee-cap-monthly", o->fee_cap_monthly, &in->fee_cap_monthly, error)
      || !opt_field (PS_FIELD_FEE_FLAT_MONTHLY, "--fee-flat-monthly", o->fee_flat_monthly, &in->fee_flat_monthly, error)
      || !opt_field (PS_FIELD_EXPENSES_MONTHLY, "--expenses-monthly", o->expenses_monthly, &in->expenses_monthly, error))
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
      || !ps_input_parse_field (PS_FIELD_GROSS_MONTHLY, "--gross-monthly", o->gross_monthly, &gross, error))
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
 * inputs) → the comparison of all statuses. With --scenario FILE the
 * file's values stand for the options not given (the command line wins);
 * they are taken as numbers, never through text, and the file's own
 * messages name its keys. */
static gboolean
compare_from_options (const Options *o,
                      Context       *c,
                      PsComparison  *cmp,
                      GError       **error)
{
  g_autofree char *file_date = NULL;
  PsScenarioFile file;
  PsScenario s;
  Options with = *o;
  gboolean have_file = o->scenario_file != NULL;
  double pct, days;

  if (have_file)
    {
      /* the defaults of the keys the file leaves out: the embedded rates
       * (a --rates file applies to the computation below) */
      g_autoptr (PsRates) rates = ps_rates_new_embedded (PS_DATE_YEAR (ps_rates_default_date ()), error);

      if (rates == NULL)
        return FALSE;
      ps_scenario_file_init (&file, ps_rates_resolve (rates, ps_rates_default_date (), NULL));
      if (!ps_scenario_file_load (&file, o->scenario_file, error))
        {
          prefix_option (error, "--scenario");
          return FALSE;
        }
      if (with.date == NULL && file.date != 0)
        with.date = file_date = ps_date_format (file.date);
    }
  if (!context_init_from (c, &with, have_file ? &file.scenario : NULL, error))
    return FALSE;

  ps_scenario_init (&s, c->params);
  if (have_file)
    s = file.scenario;
  s.profile = c->profile;
  s.tax = c->tax;

  if (o->tjm != NULL)
    {
      if (!ps_input_parse_field (PS_FIELD_TJM, "--tjm", o->tjm, &s.tjm, error))
        return FALSE;
    }
  else if (!have_file)
    return require ("--tjm", NULL, error);

  if (o->days_per_month != NULL && o->days_per_year != NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("Give either --days-per-month or --days-per-year, not both"));
      return FALSE;
    }
  if (o->days_per_month != NULL)
    {
      if (!ps_input_parse_field (PS_FIELD_DAYS_PER_MONTH, "--days-per-month", o->days_per_month, &days, error))
        return FALSE;
      s.days_per_year = days * 12;
    }
  else if (o->days_per_year != NULL)
    {
      if (!ps_input_parse_field (PS_FIELD_DAYS_PER_YEAR, "--days-per-year", o->days_per_year, &s.days_per_year, error))
        return FALSE;
    }
  else if (!have_file && !days_from_year)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("--days-per-month or --days-per-year is required"));
      return FALSE;
    }

  if (o->fee_model == NULL)
    ;
  else if (g_str_equal (o->fee_model, "percent"))
    s.fee_model = PS_FEE_PERCENT_REVENUE;
  else if (g_str_equal (o->fee_model, "percent-net"))
    s.fee_model = PS_FEE_PERCENT_NET_OF_EXPENSES;
  else if (g_str_equal (o->fee_model, "flat"))
    s.fee_model = PS_FEE_FLAT;
  else
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--fee-model: expected percent, percent-net or flat, got “%s”"), o->fee_model);
      return FALSE;
    }
  pct = s.fee_rate * 100;
  if (!opt_field (PS_FIELD_FEE_PCT, "--fee-pct", o->fee_pct, &pct, error))
    return FALSE;
  s.fee_rate = pct / 100;
  if (!opt_field (PS_FIELD_FEE_CAP_MONTHLY, "--fee-cap-monthly", o->fee_cap_monthly, &s.fee_cap_monthly, error)
      || !opt_field (PS_FIELD_FEE_FLAT_MONTHLY, "--fee-flat-monthly", o->fee_flat_monthly, &s.fee_flat_monthly, error)
      || !opt_field (PS_FIELD_EXPENSES_MONTHLY, "--expenses-monthly", o->expenses_monthly, &s.expenses_monthly, error))
    return FALSE;
  if (s.fee_model == PS_FEE_FLAT && o->fee_flat_monthly == NULL && !have_file)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("--fee-flat-monthly is required with --fee-model flat"));
      return FALSE;
    }
  s.reserve = s.reserve && !o->no_reserve;
  if (o->level == NULL)
    ;
  else if (g_str_equal (o->level, "senior"))
    s.level = PS_LEVEL_SENIOR;
  else if (g_str_equal (o->level, "first"))
    s.level = PS_LEVEL_FIRST;
  else if (g_str_equal (o->level, "junior"))
    s.level = PS_LEVEL_JUNIOR;
  else if (g_str_equal (o->level, "expert"))
    s.level = PS_LEVEL_EXPERT;
  else
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--level: expected first, junior, senior or expert, got “%s”"), o->level);
      return FALSE;
    }

  pct = s.esn_margin_rate * 100;
  if (!opt_field (PS_FIELD_ESN_MARGIN_PCT, "--esn-margin-pct", o->esn_margin_pct, &pct, error))
    return FALSE;
  s.esn_margin_rate = pct / 100;
  if (!opt_field (PS_FIELD_CDI_GROSS_YEARLY, "--cdi-gross-yearly", o->cdi_gross_yearly, &s.cdi_gross_yearly, error)
      || !opt_field (PS_FIELD_MILEAGE_KM_YEARLY, "--mileage-km-yearly", o->mileage_km_yearly, &s.mileage_km_yearly, error)
      || !opt_field (PS_FIELD_EMPLOYER_COST_YEARLY, "--sasu-salary-yearly", o->sasu_salary_yearly, &s.sasu_salary_yearly, error)
      || !opt_field (PS_FIELD_REMUNERATION_YEARLY, "--eurl-remuneration-yearly", o->eurl_remuneration_yearly, &s.eurl_remuneration_yearly, error)
      || !opt_field (PS_FIELD_RUNNING_COSTS_YEARLY, "--running-costs-yearly", o->running_costs_yearly, &s.company_running_costs, error))
    return FALSE;
  s.micro_vl = s.micro_vl || o->vl;
  s.micro_acre = s.micro_acre || o->acre;
  s.eurl_ir = s.eurl_ir || o->eurl_ir;
  s.dividends_bareme = s.dividends_bareme || o->dividends_bareme;
  s.csm_exempt = s.csm_exempt || o->csm_exempt;

  ps_comparison_compute (c->params, &s, cmp);
  return TRUE;
}

gboolean
ps_cli_compare (const PsCliOptions *o,
                gboolean            days_optional,
                PsRates           **rates,
                const PsParams    **params,
                PsComparison       *cmp,
                GError            **error)
{
  g_auto (Context) c = { 0 };
  gboolean ok;

  days_from_year = days_optional;
  ok = compare_from_options (o, &c, cmp, error);
  days_from_year = FALSE;
  if (!ok)
    return FALSE;
  *params = c.params;
  *rates = g_steal_pointer (&c.rates);
  return TRUE;
}

gboolean
ps_cli_options_json (const PsCliOptions *o)
{
  return o->json;
}

void
ps_cli_print_json (cJSON *obj)
{
  print_json (obj);
}

char *
ps_cli_pad (const char *text,
            int         width,
            gboolean    right)
{
  return pad (text, width, right);
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

  g_print ("\n%s\n", _("Comparison, per year"));
  {
    const int w = 14;
    const char *rows[] = { N_("Revenue"), N_("Costs and expenses"), N_("Social contributions"),
                           N_("Corporate tax"), N_("Income tax"), N_("Net after income tax"),
                           N_("   per month"), N_("Paid later (réserve)"), N_("Unemployment insurance"),
                           N_("Can be used") };
    g_autofree char *l = pad ("", 28, FALSE);

    g_print ("  %s", l);
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        g_autofree char *name = g_strdup_printf ("%s%s", _(ps_status_short_name (i)), i == (int) cmp->best ? " ★" : "");
        g_autofree char *cut = g_utf8_substring (name, 0, MIN (w, g_utf8_strlen (name, -1)));
        g_autofree char *cell = pad (cut, w, TRUE);
        g_print (" %s", cell);
      }
    g_print ("\n");
    for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
      {
        g_autofree char *label = pad (_(rows[r]), 28, FALSE);

        g_print ("  %s", label);
        for (int i = 0; i < PS_N_STATUSES; i++)
          {
            const PsStatusResult *st = &cmp->statuses[i];
            double v[] = { st->revenue_yearly, st->costs_yearly + st->expenses_yearly, st->contributions_yearly,
                           st->corporate_tax_yearly, st->income_tax_yearly, st->net_after_tax_yearly,
                           st->net_after_tax_monthly, st->deferred_yearly, 0, 0 };
            g_autofree char *text = r == 9 ? g_strdup (st->eligible ? _("yes") : _("no"))
                                  : r == 8 ? g_strdup (st->unemployment_insurance ? _("yes") : _("no"))
                                  : ps_format_money (v[r]);
            g_autofree char *cell = pad (text, w, TRUE);

            g_print (" %s", cell);
          }
        g_print ("\n");
      }
    for (int i = 0; i < PS_N_STATUSES; i++)
      if (!cmp->statuses[i].eligible)
        {
          /* Translators: a status, then why it can't be used ("Above the ceiling") */
          g_autofree char *line = g_strdup_printf (_("%s can’t be used: %s"), _(ps_status_name (i)),
                                                   _(ps_unusable_label (cmp->statuses[i].unusable)));
          g_print ("  ✗ %s\n", line);
        }
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        g_auto (GStrv) warnings = ps_comparison_warnings (cmp, i);

        for (int k = 0; warnings[k] != NULL; k++)
          {
            /* Translators: a status, then its warning */
            g_autofree char *line = g_strdup_printf (_("%s: %s"), _(ps_status_name (i)), warnings[k]);
            g_print ("  ⚠ %s\n", line);
          }
      }
  }
  return PS_CLI_OK;
}

static void
json_add_breakeven (cJSON             *obj,
                    const char        *name,
                    gboolean           found,
                    const PsBreakeven *be)
{
  cJSON *o;

  if (!found)
    {
      cJSON_AddNullToObject (obj, name);
      return;
    }
  o = cJSON_AddObjectToObject (obj, name);
  ps_json_add_money (o, "tjm", be->tjm);
  cJSON_AddBoolToObject (o, "at_discontinuity", be->jump);
  ps_json_add_money (o, "gap_monthly", be->gap);
  if (be->at_lowest)
    cJSON_AddBoolToObject (o, "at_lowest_usable_tjm", TRUE);
}

static void
print_breakeven (const char        *label,
                 gboolean           found,
                 const PsBreakeven *be)
{
  g_autofree char *l = pad (label, LABEL_WIDTH, FALSE);
  g_autofree char *v = found ? ps_format_money (be->tjm) : g_strdup (_("none"));
  g_autofree char *pv = pad (v, AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s%s\n", l, pv,
           found && be->at_lowest ? _(" (the lowest usable day rate: its net is already above the target)")
           : found && be->jump ? _(" (at a threshold)") : "");
}

static int
cmd_breakeven (const Options *o,
               GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autoptr (cJSON) obj = cJSON_CreateObject ();
  cJSON *statuses = cJSON_AddObjectToObject (obj, "statuses");
  double target = 0;
  PsBreakeven be;
  gboolean found;

  if (!compare_from_options (o, &c, cmp, error)
      || !opt_field (PS_FIELD_TARGET_NET_MONTHLY, "--target-net-monthly", o->target_net_monthly, &target, error))
    return PS_CLI_BAD_INPUT;

  /* every crossing, with its direction, where a consultant may bill */
  {
    g_autofree PsCrossings *x = g_new (PsCrossings, 1);
    g_autofree char *from = NULL, *to = NULL;
    cJSON *arr = cJSON_AddArrayToObject (obj, "crossings");

    ps_breakeven_crossings (c.params, &cmp->scenario, x);
    /* each status against portage and the CDI: the first crossing in the
     * range (the same figures as below) */
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        cJSON *st = cJSON_AddObjectToObject (statuses, ps_status_id (i));
        const PsStatus refs[] = { PS_STATUS_PORTAGE, PS_STATUS_CDI };
        const char *keys[] = { "vs_portage", "vs_cdi" };

        for (guint r = 0; r < G_N_ELEMENTS (refs); r++)
          {
            const PsCrossing *first = NULL;

            if ((PsStatus) i == refs[r])
              continue;
            for (int k = 0; k < x->n_crossings && first == NULL; k++)
              if ((x->crossings[k].a == (PsStatus) i && x->crossings[k].b == refs[r])
                  || (x->crossings[k].b == (PsStatus) i && x->crossings[k].a == refs[r]))
                first = &x->crossings[k];
            memset (&be, 0, sizeof be);
            if (first != NULL)
              be.tjm = first->tjm, be.jump = first->jump, be.gap = first->gap;
            json_add_breakeven (st, keys[r], first != NULL, &be);
          }
      }
    from = ps_format_money (x->from);
    to = ps_format_money (x->to);
    ps_json_add_money (obj, "search_from_tjm", x->from);
    ps_json_add_money (obj, "search_to_tjm", x->to);
    if (x->micro_ceiling_tjm > 0)
      ps_json_add_money (obj, "micro_ceiling_tjm", x->micro_ceiling_tjm);
    else
      cJSON_AddNullToObject (obj, "micro_ceiling_tjm");
    if (!o->json)
      {
        g_print ("\n");
        /* Translators: the range of day rates searched */
        g_print (_("Where the statuses cross, from the lowest day rate portage allows (%s) to %s a day\n"), from, to);
      }
    for (int k = 0; k < x->n_crossings; k++)
      {
        const PsCrossing *cr = &x->crossings[k];
        PsStatus below = cr->above == cr->a ? cr->b : cr->a;
        cJSON *it = cJSON_CreateObject ();

        cJSON_AddStringToObject (it, "a", ps_status_id (cr->a));
        cJSON_AddStringToObject (it, "b", ps_status_id (cr->b));
        ps_json_add_money (it, "tjm", cr->tjm);
        cJSON_AddStringToObject (it, "above", ps_status_id (cr->above));
        cJSON_AddBoolToObject (it, "at_discontinuity", cr->jump);
        ps_json_add_money (it, "gap_monthly", cr->gap);
        cJSON_AddItemToArray (arr, it);
        if (!o->json)
          {
            g_autofree char *tjm = ps_format_money (cr->tjm);
            g_autofree char *text = NULL;

            /* Translators: "from 412,50 €, Micro-entreprise leaves more than Employee (CDI)" */
            text = g_strdup_printf (_("from %s, %s leaves more than %s%s"), tjm, _(ps_status_name (cr->above)),
                                    _(ps_status_name (below)), cr->jump ? _(" (at a threshold)") : "");
            g_print ("  %s\n", text);
          }
      }
    if (!o->json && x->n_crossings == 0)
      g_print ("  %s\n", _("none: the order of the statuses does not change in this range"));
    if (!o->json && x->micro_ceiling_tjm > 0)
      {
        g_autofree char *tjm = ps_format_money (x->micro_ceiling_tjm);

        g_print ("  ");
        g_print (_("the micro-entreprise can't be kept from %s (its ceiling, two years running)"), tjm);
        g_print ("\n");
      }
  }

  if (o->target_net_monthly != NULL)
    {
      g_autofree char *t = ps_format_money (target);
      cJSON *targets = cJSON_AddObjectToObject (obj, "targets");

      if (!o->json)
        {
          g_print ("\n");
          /* Translators: the target net per month */
          g_print (_("Lowest day rate for a net after income tax of %s a month\n"), t);
        }
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          const char *why = NULL;

          found = ps_breakeven_target (c.params, &cmp->scenario, i, target, &be);
          if (!found)
            why = i == PS_STATUS_CDI && cmp->scenario.cdi_gross_yearly > 0
                    ? N_("the CDI offer typed does not depend on the day rate")
                  : i == PS_STATUS_MICRO ? N_("out of reach below the micro-entreprise ceiling")
                  : N_("out of reach below 100 000 € a day");
          json_add_breakeven (targets, ps_status_id (i), found, &be);
          if (!found)
            {
              g_autofree char *key = g_strdup_printf ("%s_reason", ps_status_id (i));

              cJSON_AddStringToObject (targets, key, why);
            }
          if (i == PS_STATUS_PORTAGE)
            json_add_breakeven (obj, "portage_target", found, &be);
          if (!o->json)
            {
              if (found)
                print_breakeven (_(ps_status_name (i)), found, &be);
              else
                {
                  g_autofree char *l = pad (_(ps_status_name (i)), LABEL_WIDTH, FALSE);
                  g_print ("  %s %s\n", l, _(why));
                }
            }
        }
    }
  if (o->json)
    print_json (obj);
  return PS_CLI_OK;
}

static int
cmd_tips (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autoptr (GPtrArray) tips = NULL;

  if (!compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;
  tips = ps_tips_compute (c.params, &cmp->scenario);

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "tips");

      for (guint i = 0; i < tips->len; i++)
        {
          PsTip *t = g_ptr_array_index (tips, i);
          cJSON *it = cJSON_CreateObject ();

          cJSON_AddStringToObject (it, "id", t->id);
          cJSON_AddStringToObject (it, "status", ps_status_id (t->status));
          cJSON_AddStringToObject (it, "title", t->title);
          cJSON_AddStringToObject (it, "ceiling", t->ceiling);
          cJSON_AddStringToObject (it, "tradeoff", t->tradeoff);
          ps_json_add_money (it, "amount_monthly", t->amount_monthly);
          ps_json_add_money (it, "gain_monthly", t->gain_monthly);
          ps_json_add_money (it, "gain_yearly", t->gain_monthly * 12);
          cJSON_AddItemToArray (arr, it);
        }
      print_json (obj);
      return PS_CLI_OK;
    }

  if (tips->len == 0)
    g_print ("%s\n", _("No tip applies to these inputs."));
  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *t = g_ptr_array_index (tips, i);
      g_autofree char *gain = ps_format_money (t->gain_monthly);

      /* Translators: a tip's gain, e.g. "+180,00 € net a month" */
      g_print (_("• %s: +%s net a month\n"), t->title, gain);
      g_print ("    %s\n    %s\n", t->ceiling, t->tradeoff);
    }
  return PS_CLI_OK;
}

static void
print_status_lines (const PsLine *lines,
                    int           n)
{
  PsPayslip slip = { 0 };

  slip.n_lines = MIN (n, PS_MAX_LINES);
  memcpy (slip.lines, lines, sizeof (PsLine) * slip.n_lines);
  print_lines (&slip);
}

static int
cmd_micro (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  PsMicroInputs in = { 0 };
  PsMicroResult r;
  g_auto (GStrv) warnings = NULL;

  if (!require ("--revenue-yearly", o->revenue_yearly, error)
      || !ps_input_parse_field (PS_FIELD_REVENUE_YEARLY, "--revenue-yearly", o->revenue_yearly, &in.revenue_yearly, error)
      || !context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  in.vl = o->vl;
  in.acre = o->acre;
  in.tax = c.tax;
  ps_micro_compute (c.params, &in, &r);
  warnings = ps_micro_warning_messages (&r);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_micro (&r, c.params);
      print_json (obj);
      return PS_CLI_OK;
    }
  g_print ("%s\n", _("Micro-entreprise (BNC, per year)"));
  header2 ();
  row2 (_("Revenue"), r.revenue / 12);
  row2 (_("Social contributions"), -r.contributions / 12);
  row2 (_("Net before income tax"), r.net_before_tax / 12);
  row2 (in.vl ? _("Income tax (versement libératoire)") : tax_method_label (&c.tax), -r.income_tax / 12);
  row2 (_("Net after income tax"), r.net_after_tax / 12);
  if (in.vl)
    {
      g_autofree char *limit = ps_format_money (r.vl_rfr_limit);

      g_print ("  ℹ ");
      g_print (_("The versement libératoire requires a household reference income two years ago of at most %s."), limit);
      g_print ("\n");
    }
  for (int i = 0; warnings[i] != NULL; i++)
    g_print ("  ⚠ %s\n", warnings[i]);
  return PS_CLI_OK;
}

static void
print_company (const char            *title,
               const PsCompanyResult *r)
{
  g_print ("%s\n", title);
  header2 ();
  row2 (_("Revenue"), r->revenue / 12);
  row2 (_("Costs and expenses"), -r->costs / 12);
  row2 (_("Manager's pay (company cost)"), -r->pay / 12);
  if (r->gross > 0)
    row2 (_("Gross salary"), r->gross / 12);
  row2 (_("Social contributions"), -r->contributions / 12);
  row2 (_("Net pay before income tax"), r->net_pay / 12);
  row2 (_("Profit before corporate tax"), r->profit / 12);
  row2 (_("Corporate tax"), -r->corporate_tax / 12);
  row2 (_("Dividends"), r->dividends / 12);
  row2 (_("Contributions on the dividends"), -r->dividend_contributions / 12);
  row2 (_("Income tax on the dividends"), -r->dividend_income_tax / 12);
  row2 (_("Income tax on the pay"), -r->income_tax / 12);
  if (r->csm.amount > 0)
    row2 (_("Cotisation subsidiaire maladie (CSM)"), -r->csm.amount / 12);
  row2 (_("Net after income tax"), r->net_after_tax / 12);
}

static int
cmd_sasu (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  PsCompanyInputs in;
  PsCompanyResult r;
  double cost = 0, dividends = 0;

  if (!require ("--employer-cost-yearly", o->employer_cost_yearly, error)
      || !ps_input_parse_field (PS_FIELD_EMPLOYER_COST_YEARLY, "--employer-cost-yearly", o->employer_cost_yearly, &cost, error)
      || !opt_field (PS_FIELD_DIVIDENDS_YEARLY, "--dividends-yearly", o->dividends_yearly, &dividends, error)
      || !context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;

  /* the salary alone, then the dividends distributed on top */
  ps_company_inputs_init (&in, c.params);
  in.profile.atmp_rate = c.profile.atmp_rate;
  in.profile.mutuelle_monthly = c.profile.mutuelle_monthly;
  in.profile.mutuelle_employer_rate = c.profile.mutuelle_employer_rate;
  if (o->headcount != NULL)
    in.profile.headcount = c.profile.headcount;
  in.tax = c.tax;
  in.dividends_bareme = o->dividends_bareme;
  in.csm_exempt = o->csm_exempt;
  in.costs = 0;
  in.revenue = cost;
  in.pay = cost;
  ps_sasu_compute (c.params, &in, &r);
  if (dividends > 0)
    {
      /* dividends = profit after IS: start from the profit that leaves them */
      PsCompanyResult with;
      double lo = dividends, hi = dividends * 2 + 100;

      for (int i = 0; i < 60; i++)
        {
          double mid = (lo + hi) / 2;

          in.revenue = r.pay + mid;
          in.pay = r.pay;
          ps_sasu_compute (c.params, &in, &with);
          if (with.dividends < dividends)
            lo = mid;
          else
            hi = mid;
        }
      r = with;
    }

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_company (&r);
      print_json (obj);
      return PS_CLI_OK;
    }
  print_company (_("SASU (président assimilé salarié, per year)"), &r);
  print_lines (&r.payslip);
  return PS_CLI_OK;
}

static int
cmd_eurl (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  PsCompanyInputs in;
  PsCompanyResult r;
  double remuneration = 0;

  if (!require ("--remuneration-yearly", o->remuneration_yearly, error)
      || !ps_input_parse_field (PS_FIELD_REMUNERATION_YEARLY, "--remuneration-yearly", o->remuneration_yearly, &remuneration, error)
      || !context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  if (o->tax_regime != NULL && !g_str_equal (o->tax_regime, "is") && !g_str_equal (o->tax_regime, "ir"))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--tax-regime: expected is or ir, got “%s”"), o->tax_regime);
      return PS_CLI_BAD_INPUT;
    }
  ps_company_inputs_init (&in, c.params);
  in.tax = c.tax;
  in.costs = 0;
  in.ir = o->tax_regime != NULL && g_str_equal (o->tax_regime, "ir");
  in.revenue = remuneration;
  in.pay = remuneration;
  ps_eurl_compute (c.params, &in, &r);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_company (&r);
      print_json (obj);
      return PS_CLI_OK;
    }
  print_company (in.ir ? _("EURL at the income tax (gérant TNS, per year)") : _("EURL at the IS (gérant TNS, per year)"), &r);
  print_status_lines (r.tns.lines, r.tns.n_lines);
  return PS_CLI_OK;
}

#define MAX_SWEEP_ROWS 10000

static int
cmd_sweep (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autoptr (GString) text = g_string_new (NULL);
  double from, to, step, row[PS_N_STATUSES];
  int n;

  if (o->csv && o->json)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  if (o->tjm != NULL)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                           _("--tjm: the sweep goes from --tjm-from to --tjm-to; --tjm is not used"));
      return PS_CLI_BAD_INPUT;
    }
  if (!require ("--tjm-from", o->tjm_from, error) || !require ("--tjm-to", o->tjm_to, error)
      || !require ("--step", o->step, error)
      || !ps_input_parse_field (PS_FIELD_TJM, "--tjm-from", o->tjm_from, &from, error)
      || !ps_input_parse_field (PS_FIELD_TJM, "--tjm-to", o->tjm_to, &to, error)
      || !ps_input_check_number ("--tjm-to", to, from, ps_field_spec (PS_FIELD_TJM)->max, error)
      || !ps_input_parse_number ("--step", o->step, 0.01, 100000, &step, error))
    return PS_CLI_BAD_INPUT;
  n = (int) floor ((to - from) / step + 1e-9) + 1;
  if (n > MAX_SWEEP_ROWS)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_OUT_OF_RANGE,
                   _("--step: %d rows would be printed; at most %d (a larger --step, or a narrower range)"),
                   n, MAX_SWEEP_ROWS);
      return PS_CLI_BAD_INPUT;
    }
  {
    /* compare_from_options requires --tjm: the sweep starts at --tjm-from */
    Options with_tjm = *o;

    with_tjm.tjm = o->tjm_from;
    if (!compare_from_options (&with_tjm, &c, cmp, error))
      return PS_CLI_BAD_INPUT;
  }

  /* printed as computed, a block of rows at a time: memory stays flat */
  if (o->json)
    g_string_append (text, "{\n\t\"rows\": [");
  else
    {
      /* CSV (the default): a row per TJM, a column per status; '.' decimals */
      g_string_append (text, "tjm");
      for (int k = 0; k < PS_N_STATUSES; k++)
        g_string_append_printf (text, ",%s_net_after_tax_monthly", ps_status_id (k));
      g_string_append_c (text, '\n');
    }
  for (int i = 0; i < n; i++)
    {
      double tjm = from + step * i;

      ps_comparison_sweep (c.params, &cmp->scenario, tjm, tjm, 1, row);
      if (o->json)
        {
          g_autoptr (cJSON) r = cJSON_CreateObject ();
          g_autofree char *printed = NULL;

          ps_json_add_money (r, "tjm", tjm);
          for (int k = 0; k < PS_N_STATUSES; k++)
            {
              g_autofree char *key = g_strdup_printf ("%s_net_after_tax_monthly", ps_status_id (k));
              ps_json_add_money (r, key, row[k]);
            }
          printed = cJSON_PrintUnformatted (r);
          g_string_append_printf (text, "%s\n\t\t%s", i > 0 ? "," : "", printed);
        }
      else
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append (text, g_ascii_formatd (buf, sizeof buf, "%.2f", tjm));
          for (int k = 0; k < PS_N_STATUSES; k++)
            {
              g_string_append_c (text, ',');
              g_string_append (text, g_ascii_formatd (buf, sizeof buf, "%.2f", ps_round_cents (row[k])));
            }
          g_string_append_c (text, '\n');
        }
      if (text->len > 64 * 1024)
        {
          fputs (text->str, stdout);
          g_string_truncate (text, 0);
        }
    }
  if (o->json)
    g_string_append (text, "\n\t]\n}\n");
  fputs (text->str, stdout);
  return PS_CLI_OK;
}

static int
cmd_bench (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  PsScenario s;
  PsBenchResult b;

  if (!context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  ps_scenario_init (&s, c.params);
  if (!ps_cli_bench_run (c.params, c.rates, &s, &b))
    return PS_CLI_INTERNAL;

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();

      cJSON_AddNumberToObject (obj, "salary_evals_per_s", round (1 / b.salary_eval_s));
      cJSON_AddNumberToObject (obj, "salary_eval_us", ps_round_to (b.salary_eval_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "portage_solves_per_s", round (1 / b.portage_solve_s));
      cJSON_AddNumberToObject (obj, "comparisons_per_s", round (1 / b.comparison_s));
      cJSON_AddNumberToObject (obj, "comparison_us", ps_round_to (b.comparison_s * 1e6, 2));
      cJSON_AddNumberToObject (obj, "sweep_200_ms", ps_round_to (b.sweep_200_s * 1e3, 3));
      cJSON_AddNumberToObject (obj, "tns_csm_us", ps_round_to (b.tns_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "rights_us", ps_round_to (b.rights_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "export_ms", ps_round_to (b.export_s * 1e3, 2));
      cJSON_AddNumberToObject (obj, "peak_rss_mb", ps_round_to (b.peak_rss_mb, 1));
      print_json (obj);
      return PS_CLI_OK;
    }
  g_print (_("Salary evaluations: %.0f per second (%.3f µs each)\n"), 1 / b.salary_eval_s, b.salary_eval_s * 1e6);
  g_print (_("Portage solves: %.0f per second\n"), 1 / b.portage_solve_s);
  g_print (_("Full comparisons: %.0f per second (%.1f µs each)\n"), 1 / b.comparison_s, b.comparison_s * 1e6);
  g_print (_("200-point sweep: %.2f ms\n"), b.sweep_200_s * 1e3);
  g_print (_("Excel export: %.1f ms\n"), b.export_s * 1e3);
  g_print (_("Peak memory: %.1f MB\n"), b.peak_rss_mb);
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
  if (!csv && !json && o->output != NULL && g_str_equal (o->output, "-"))
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                           _("-o -: a workbook is not written to the standard output; give a file name (-o FILE.xlsx), or --csv or --json to print the comparison"));
      return PS_CLI_BAD_INPUT;
    }
  if (!csv && !json && o->output == NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("-o FILE.xlsx is required (or --csv, --json to print the comparison)"));
      return PS_CLI_BAD_INPUT;
    }
  if (!compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;

  if (!csv && !json)
    {
      if (ps_xlsx_export (cmp, c.params, c.rates, o->output, error))
        return PS_CLI_OK;
      prefix_option (error, "-o");
      return export_status (*error);
    }

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
  if (ps_export_write_file (o->output, text, strlen (text), error))
    return PS_CLI_OK;
  prefix_option (error, "-o");
  return export_status (*error);
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
  guint groups;
  const GOptionEntry *(*entries) (void);   /* a command's own options */
  void (*clear) (void);
} Command;

enum { G_SALARY = 1, G_PORTAGE = 2, G_COMPARE = 4, G_MICRO = 8, G_SASU = 16, G_EURL = 32, G_SWEEP = 64, G_STATUSES = 128, G_OUTPUT = 256 };

static const Command commands[] = {
  { "salary", N_("Payslip of a monthly gross salary: every contribution, net, cost, income tax"), cmd_salary, G_SALARY },
  { "portage", N_("Portage salarial: from a day rate to the net salary, line by line"), cmd_portage, G_PORTAGE },
  { "micro", N_("Micro-entreprise (BNC): contributions, income tax, net"), cmd_micro, G_MICRO },
  { "sasu", N_("SASU: the président's salary, and dividends"), cmd_sasu, G_SASU },
  { "eurl", N_("EURL: the gérant's TNS contributions, at the IS or the income tax"), cmd_eurl, G_EURL },
  { "compare", N_("Every status on the same yearly basis: portage, CDI, micro, SASU, EURL"), cmd_compare, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "breakeven", N_("Day rates at which the statuses leave the same net, and for a target net"), cmd_breakeven, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "tips", N_("Optimisation tips, each with its gain computed by the engine"), cmd_tips, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "sweep", N_("Net after tax of every status for a range of day rates (CSV or JSON)"), cmd_sweep, G_PORTAGE | G_COMPARE | G_STATUSES | G_SWEEP },
  { "rights", N_("What each status protects: pension quarters and points, unemployment, sick pay"), ps_cli_rights_run, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "year", N_("A realistic year: holidays, gaps between missions, sick days; the net per day worked"), ps_cli_year_run, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_year_entries, ps_cli_year_clear },
  { "rates", N_("The rates in force on a date, with their sources"), cmd_rates, 0 },
  { "bench", N_("Measure the engine's speed"), cmd_bench, 0 },
  { "export", N_("The comparison as an Excel workbook with live formulas (-o FILE.xlsx), or as CSV or JSON"), cmd_export, G_PORTAGE | G_COMPARE | G_STATUSES | G_OUTPUT },
};

/* the shared options, and the command's own */
static void
clear_options (Options       *o,
               const Command *cmd)
{
  options_clear (o);
  if (cmd->clear != NULL)
    cmd->clear ();
}

static void
usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: portage-cli COMMAND [OPTIONS]"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “portage-cli COMMAND --help” for the options of a command."));
}

static void
add_entries (GOptionContext *ctx,
             GPtrArray      *added,
             GOptionEntry   *entries)
{
  g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  g_ptr_array_add (added, entries);
}

static const GOptionEntry *
find_entry (GPtrArray  *added,
            const char *long_name)
{
  for (guint g = 0; g < added->len; g++)
    for (const GOptionEntry *e = g_ptr_array_index (added, g); e->long_name != NULL; e++)
      if (g_str_equal (e->long_name, long_name))
        return e;
  return NULL;
}

int
ps_cli_run (int    argc,
            char **argv)
{
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GPtrArray) added = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) args = NULL;
  const Command *cmd = NULL;
  Options o = { 0 };
  int status;

  GOptionEntry common[] = {
    { "date", 0, 0, G_OPTION_ARG_FILENAME, &o.date, N_("Simulation date (default: today, within the rates files)"), "YYYY-MM-DD" },
    { "rates", 0, 0, G_OPTION_ARG_FILENAME, &o.rates_file, N_("Read the rates from this JSON file"), "FILE" },
    { "non-cadre", 0, 0, G_OPTION_ARG_NONE, &o.non_cadre, N_("Employee is not a cadre"), NULL },
    { "headcount", 0, 0, G_OPTION_ARG_FILENAME, &o.headcount, N_("Employer headcount (default 250)"), "N" },
    { "atmp-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.atmp_pct, N_("AT/MP rate in % (default 0.64)"), "R" },
    { "vm-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.vm_pct, N_("Versement mobilité rate in % (default 0)"), "R" },
    { "mutuelle-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.mutuelle_monthly, N_("Health insurance premium per month (default 40)"), "M" },
    { "mutuelle-employer-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.mutuelle_employer_pct, N_("Employer share of it in % (default 50)"), "P" },
    { "tax", 0, 0, G_OPTION_ARG_FILENAME, &o.tax, N_("Income tax: bareme (default), neutral, or a personal rate in %"), "METHOD" },
    { "parts", 0, 0, G_OPTION_ARG_FILENAME, &o.parts, N_("Household parts for the scale (default 1; 2 or more = couple)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print JSON"), NULL },
    { NULL }
  };
  GOptionEntry salary[] = {
    { "gross-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.gross_monthly, N_("Gross salary per month"), "G" },
    { NULL }
  };
  GOptionEntry portage[] = {
    { "tjm", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm, N_("Day rate excl. VAT"), "T" },
    { "days-per-month", 0, 0, G_OPTION_ARG_FILENAME, &o.days_per_month, N_("Days billed per month"), "D" },
    { "days-per-year", 0, 0, G_OPTION_ARG_FILENAME, &o.days_per_year, N_("Days billed per year"), "D" },
    { "fee-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_pct, N_("Management fee in % (default 7)"), "F" },
    { "fee-model", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_model, N_("percent (of revenue), percent-net (of revenue − expenses) or flat"), "MODEL" },
    { "fee-cap-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_cap_monthly, N_("Monthly cap of a percent fee"), "C" },
    { "fee-flat-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_flat_monthly, N_("Flat fee per month"), "F" },
    { "expenses-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.expenses_monthly, N_("Reimbursed professional expenses per month"), "E" },
    { "level", 0, 0, G_OPTION_ARG_FILENAME, &o.level, N_("Convention level: first, junior, senior (default), expert"), "LEVEL" },
    /* xgettext:no-c-format */
    { "no-reserve", 0, 0, G_OPTION_ARG_NONE, &o.no_reserve, N_("No réserve financière (10 % of base pay)"), NULL },
    { NULL }
  };
  GOptionEntry micro[] = {
    { "revenue-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.revenue_yearly, N_("Revenue per year (chiffre d'affaires)"), "R" },
    { NULL }
  };
  GOptionEntry micro_flags[] = {
    { "vl", 0, 0, G_OPTION_ARG_NONE, &o.vl, N_("Micro: versement libératoire of the income tax"), NULL },
    { "acre", 0, 0, G_OPTION_ARG_NONE, &o.acre, N_("Micro: ACRE, reduced contributions the first year"), NULL },
    { NULL }
  };
  GOptionEntry sasu[] = {
    { "employer-cost-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.employer_cost_yearly, N_("The président's salary, employer cost per year"), "C" },
    { "dividends-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.dividends_yearly, N_("Dividends distributed per year"), "V" },
    { NULL }
  };
  GOptionEntry dividends[] = {
    /* xgettext:no-c-format */
    { "dividends-bareme", 0, 0, G_OPTION_ARG_NONE, &o.dividends_bareme, N_("Dividends at the income-tax scale (40 % abatement) instead of the PFU"), NULL },
    /* xgettext:no-c-format */
    { "csm-exempt", 0, 0, G_OPTION_ARG_NONE, &o.csm_exempt, N_("No cotisation subsidiaire maladie: the spouse has activity income of 20 % of the PASS or more, or a replacement income"), NULL },
    { NULL }
  };
  GOptionEntry eurl[] = {
    { "remuneration-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.remuneration_yearly, N_("The gérant's remuneration per year (net + contributions), or the profit at the IR"), "R" },
    { "tax-regime", 0, 0, G_OPTION_ARG_FILENAME, &o.tax_regime, N_("is (corporate tax, default) or ir (income tax)"), "is|ir" },
    { NULL }
  };
  GOptionEntry statuses[] = {
    { "sasu-salary-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.sasu_salary_yearly, N_("SASU: the salary's employer cost per year (default: the best split)"), "C" },
    { "eurl-remuneration-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.eurl_remuneration_yearly, N_("EURL: the remuneration per year (default: the best split)"), "R" },
    { "eurl-ir", 0, 0, G_OPTION_ARG_NONE, &o.eurl_ir, N_("EURL at the income tax instead of the IS"), NULL },
    { "running-costs-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.running_costs_yearly, N_("SASU and EURL running costs per year (default 3 000)"), "C" },
    { NULL }
  };
  GOptionEntry sweep[] = {
    { "tjm-from", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_from, N_("First day rate"), "A" },
    { "tjm-to", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_to, N_("Last day rate"), "B" },
    { "step", 0, 0, G_OPTION_ARG_FILENAME, &o.step, N_("Step between day rates (at most 10 000 rows)"), "S" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV (the default)"), NULL },
    { NULL }
  };
  GOptionEntry compare[] = {
    { "cdi-gross-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.cdi_gross_yearly, N_("CDI offer, gross per year (default: what an ESN would pay)"), "S" },
    { "esn-margin-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.esn_margin_pct, N_("ESN gross margin on billing in % (default 30)"), "M" },
    { "scenario", 0, 0, G_OPTION_ARG_FILENAME, &o.scenario_file, N_("Read the inputs from a scenario file (the options given win)"), "FILE" },
    { "mileage-km-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.mileage_km_yearly, N_("Business kilometres a year with your own car (default 0)"), "KM" },
    { "target-net-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.target_net_monthly, N_("breakeven: the net after tax a month to reach in portage"), "N" },
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

  added = g_ptr_array_new ();
  ctx = g_option_context_new (cmd->name);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _(cmd->summary));
  add_entries (ctx, added, common);
  if (cmd->groups & G_SALARY)
    add_entries (ctx, added, salary);
  if (cmd->groups & G_SWEEP)
    add_entries (ctx, added, sweep);
  if (cmd->groups & G_PORTAGE)
    add_entries (ctx, added, portage);
  if (cmd->groups & G_COMPARE)
    add_entries (ctx, added, compare);
  if (cmd->groups & G_MICRO)
    add_entries (ctx, added, micro);
  if (cmd->groups & (G_MICRO | G_STATUSES))
    add_entries (ctx, added, micro_flags);
  if (cmd->groups & G_SASU)
    add_entries (ctx, added, sasu);
  if (cmd->groups & (G_SASU | G_STATUSES))
    add_entries (ctx, added, dividends);
  if (cmd->groups & G_EURL)
    add_entries (ctx, added, eurl);
  if (cmd->groups & G_STATUSES)
    add_entries (ctx, added, statuses);
  if (cmd->groups & G_OUTPUT)
    add_entries (ctx, added, output);
  if (cmd->entries != NULL)
    add_entries (ctx, added, (GOptionEntry *) cmd->entries ());

  /* a flag takes no value: "--vl=false" must not switch it on */
  for (int i = 2; i < argc; i++)
    {
      const char *eq = argv[i][0] == '-' && argv[i][1] == '-' ? strchr (argv[i], '=') : NULL;
      g_autofree char *name = eq != NULL ? g_strndup (argv[i] + 2, (gsize) (eq - argv[i] - 2)) : NULL;
      const GOptionEntry *e = name != NULL ? find_entry (added, name) : NULL;

      if (g_str_equal (argv[i], "--"))
        break;
      if (e != NULL && e->arg == G_OPTION_ARG_NONE)
        {
          g_printerr (_("portage-cli %s: --%s takes no value (remove “%s”)\n"), cmd->name, name, eq);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }
    }

  args = g_new0 (char *, argc);
  args[0] = g_strdup ("portage-cli");
  for (int i = 2; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (ctx, &args, &error))
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }
  if (g_strv_length (args) > 1)
    {
      g_autofree char *shown = g_utf8_make_valid (args[1], -1);

      g_printerr (_("portage-cli %s: unexpected argument “%s”\n"), cmd->name, shown);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }
  /* values are read as bytes (no conversion from the locale's charset,
   * whose errors name no option): text must be UTF-8 */
  for (guint g = 0; g < added->len; g++)
    for (const GOptionEntry *e = g_ptr_array_index (added, g); e->long_name != NULL; e++)
      if (e->arg == G_OPTION_ARG_FILENAME && e->arg_data != NULL && *(char **) e->arg_data != NULL
          && !g_utf8_validate (*(char **) e->arg_data, -1, NULL)
          && !g_str_equal (e->long_name, "rates") && !g_str_equal (e->long_name, "scenario")
          && !g_str_equal (e->long_name, "output"))
        {
          g_printerr (_("portage-cli %s: --%s: the value is not valid UTF-8 text\n"), cmd->name, e->long_name);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }

  if (o.target_net_monthly != NULL && cmd->run != cmd_breakeven)
    {
      g_printerr (_("portage-cli %s: --target-net-monthly is only used by breakeven\n"), cmd->name);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }

  status = cmd->run (&o, &error);
  if (error != NULL)
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      if (status == PS_CLI_OK)
        status = PS_CLI_INTERNAL;
    }
  clear_options (&o, cmd);
  return status;
}
