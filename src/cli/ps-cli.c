/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-file.h"
#include "ps-cli-bench.h"
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
    &o->running_costs_yearly, &o->health_budget_yearly, &o->scenario_file, &o->tjm_from, &o->tjm_to, &o->step,
    &o->argument,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  g_clear_pointer (&o->output, g_free);
  g_clear_pointer (&o->contract, g_free);
  g_clear_pointer (&o->telework_days, g_free);
  g_clear_pointer (&o->vm_city, g_free);
  g_clear_pointer (&o->years, g_free);
  g_clear_pointer (&o->offer_files, g_strfreev);
  g_clear_pointer (&o->scenario_files, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (o->quote); i++)
    g_clear_pointer (&o->quote[i], g_free);
  g_clear_pointer (&o->tjm_growth_pct, g_free);
  g_clear_pointer (&o->indexation_pct, g_free);
  g_clear_pointer (&o->mission_months, g_free);
  g_clear_pointer (&o->cfe_rate_pct, g_free);
  g_clear_pointer (&o->cfe_base, g_free);
}

void
ps_cli_context_clear (Context *c)
{
  g_clear_pointer (&c->rates, ps_rates_unref);
}

/* ------------------------------------------------------------ parsing */

/* year: the billed days come from the year's inputs, not an option */
static gboolean days_from_year;

gboolean
ps_cli_opt_field (PsField     field,
           const char *name,
           const char *text,
           double     *value,
           GError    **error)
{
  if (text == NULL)
    return TRUE; /* keep the default */
  return ps_input_parse_field (field, name, text, value, error);
}

gboolean
ps_cli_require (const char *name,
         const char *text,
         GError    **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY, _("%s is required"), name);
  return FALSE;
}

/* "--date : …" in French: the separator is translated */
void
ps_cli_prefix_option (GError     **error,
               const char  *option)
{
  char *message;

  if (error == NULL || *error == NULL)
    return;
  message = g_strdup_printf (_("%s: %s"), option, (*error)->message);
  g_free ((*error)->message);
  (*error)->message = message;
}

gboolean
ps_cli_context_init_from (Context          *c,
                   const Options    *o,
                   const PsScenario *base,
                   GError          **error);

gboolean
ps_cli_context_init (Context       *c,
              const Options *o,
              GError       **error)
{
  return ps_cli_context_init_from (c, o, NULL, error);
}

/* The rates, and the employer profile and tax settings: @base's (a
 * scenario file's) or the defaults, with the options given over them. */
gboolean
ps_cli_context_init_from (Context          *c,
                   const Options    *o,
                   const PsScenario *base,
                   GError          **error)
{
  PsDate date = ps_rates_default_date ();
  double headcount, pct, parts;

  memset (c, 0, sizeof *c);
  if (o->date != NULL && !ps_date_parse (o->date, &date, error))
    {
      ps_cli_prefix_option (error, "--date");
      return FALSE;
    }

  if (o->rates_file != NULL)
    {
      c->rates = ps_rates_new_from_file (o->rates_file, error);
      if (c->rates == NULL)
        ps_cli_prefix_option (error, "--rates");
    }
  else
    {
      c->rates = ps_rates_new_for_year (PS_DATE_YEAR (date), error);
      /* "No rates for 2024": the year came from --date */
      if (c->rates == NULL && o->date != NULL && error != NULL
          && g_error_matches (*error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND))
        ps_cli_prefix_option (error, "--date");
    }
  if (c->rates == NULL)
    return FALSE;
  if (o->rates_file != NULL && o->date == NULL)
    date = PS_DATE (ps_rates_get_year (c->rates), PS_DATE_YEAR (date) == ps_rates_get_year (c->rates)
                    ? (date / 100) % 100 : 1, PS_DATE_YEAR (date) == ps_rates_get_year (c->rates) ? date % 100 : 1);
  c->params = ps_rates_resolve (c->rates, date, error);
  if (c->params == NULL)
    {
      ps_cli_prefix_option (error, o->date != NULL ? "--date" : "--rates");
      return FALSE;
    }

  ps_employer_profile_init_portage (&c->profile);
  if (base != NULL)
    c->profile = base->profile;
  c->profile.cadre = c->profile.cadre && !o->non_cadre;
  headcount = c->profile.headcount;
  if (!ps_cli_opt_field (PS_FIELD_HEADCOUNT, "--headcount", o->headcount, &headcount, error))
    return FALSE;
  c->profile.headcount = (int) headcount;
  pct = c->profile.atmp_rate * 100;
  if (!ps_cli_opt_field (PS_FIELD_ATMP_PCT, "--atmp-pct", o->atmp_pct, &pct, error))
    return FALSE;
  c->profile.atmp_rate = pct / 100;
  pct = c->profile.vm_rate * 100;
  if (!ps_cli_opt_field (PS_FIELD_VM_PCT, "--vm-pct", o->vm_pct, &pct, error))
    return FALSE;
  c->profile.vm_rate = pct / 100;
  if (o->vm_city != NULL)
    {
      g_autoptr (GString) accepted = g_string_new ("none");
      gboolean found = g_str_equal (o->vm_city, "none");

      if (o->vm_pct != NULL)
        {
          g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                               _("Give either --vm-city or --vm-pct, not both"));
          return FALSE;
        }
      if (found)
        c->profile.vm_rate = 0;
      for (int k = 0; k < PS_N_VM_CITIES; k++)
        {
          g_string_append_printf (accepted, ", %s", ps_vm_city_id (k));
          if (g_str_equal (o->vm_city, ps_vm_city_id (k)))
            {
              c->profile.vm_rate = c->params->vm_city_rate[k];
              found = TRUE;
            }
        }
      if (!found)
        {
          g_autofree char *shown = g_utf8_make_valid (o->vm_city, -1);

          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                       /* Translators: the accepted cities, then the value given */
                       _("--vm-city: expected one of %s, got “%s”"), accepted->str, shown);
          return FALSE;
        }
    }
  if (!ps_cli_opt_field (PS_FIELD_MUTUELLE_MONTHLY, "--mutuelle-monthly", o->mutuelle_monthly, &c->profile.mutuelle_monthly, error))
    return FALSE;
  pct = c->profile.mutuelle_employer_rate * 100;
  if (!ps_cli_opt_field (PS_FIELD_MUTUELLE_EMPLOYER_PCT, "--mutuelle-employer-pct", o->mutuelle_employer_pct, &pct, error))
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
  if (!ps_cli_opt_field (PS_FIELD_PARTS, "--parts", o->parts, &parts, error))
    return FALSE;
  c->tax.parts = parts;
  return TRUE;
}

gboolean
ps_cli_portage_inputs (const Options   *o,
                             const Context   *c,
                             gboolean         yearly_days_only,
                             PsPortageInputs *in,
                             GError         **error)
{
  double pct, days;

  ps_portage_inputs_init (in, c->params);
  in->profile = c->profile;
  in->tax = c->tax;

  if (!ps_cli_require ("--tjm", o->tjm, error)
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
  if (!ps_cli_opt_field (PS_FIELD_FEE_PCT, "--fee-pct", o->fee_pct, &pct, error))
    return FALSE;
  in->fee_rate = pct / 100;
  if (!ps_cli_opt_field (PS_FIELD_FEE_CAP_MONTHLY, "--fee-cap-monthly", o->fee_cap_monthly, &in->fee_cap_monthly, error)
      || !ps_cli_opt_field (PS_FIELD_FEE_FLAT_MONTHLY, "--fee-flat-monthly", o->fee_flat_monthly, &in->fee_flat_monthly, error)
      || !ps_cli_opt_field (PS_FIELD_EXPENSES_MONTHLY, "--expenses-monthly", o->expenses_monthly, &in->expenses_monthly, error))
    return FALSE;
  if (in->fee_model == PS_FEE_FLAT && o->fee_flat_monthly == NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("--fee-flat-monthly is required with --fee-model flat"));
      return FALSE;
    }
  in->reserve = !o->no_reserve;
  if (o->contract != NULL && !g_str_equal (o->contract, "cdi") && !g_str_equal (o->contract, "cdd"))
    {
      g_autofree char *shown = g_utf8_make_valid (o->contract, -1);

      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--contract: expected cdi or cdd, got “%s”"), shown);
      return FALSE;
    }
  in->cdd = o->contract != NULL && g_str_equal (o->contract, "cdd");

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

void
ps_cli_print_json (cJSON *obj)
{
  g_autofree char *text = cJSON_Print (obj);

  g_print ("%s\n", text);
}

/* printf pads by bytes; amounts hold multi-byte spaces and "€": pad by
 * characters. */
char *
ps_cli_pad (const char *text,
     int         width,
     gboolean    right)
{
  int n = (int) g_utf8_strlen (text, -1);
  g_autofree char *fill = g_strnfill (MAX (0, width - n), ' ');

  return right ? g_strconcat (fill, text, NULL) : g_strconcat (text, fill, NULL);
}

void
ps_cli_header2 (void)
{
  g_autofree char *l = ps_cli_pad ("", LABEL_WIDTH, FALSE);
  g_autofree char *m = ps_cli_pad (_("per month"), AMOUNT_WIDTH, TRUE);
  g_autofree char *y = ps_cli_pad (_("per year"), AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s %s\n", l, m, y);
}

void
ps_cli_row2 (const char *label,
      double      monthly)
{
  g_autofree char *m = ps_format_money (monthly);
  g_autofree char *y = ps_format_money (monthly * 12);
  g_autofree char *l = ps_cli_pad (label, LABEL_WIDTH, FALSE);
  g_autofree char *pm = ps_cli_pad (m, AMOUNT_WIDTH, TRUE);
  g_autofree char *py = ps_cli_pad (y, AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s %s\n", l, pm, py);
}

void
ps_cli_print_lines (const PsPayslip *slip)
{
  const int widths[] = { 50, 11, 8, 10, 8, 10 };
  const char *titles[] = { _("Contribution"), _("Base"), _("Empl. %"), _("Employee"), _("Empr. %"), _("Employer") };

  g_print ("\n ");
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *t = ps_cli_pad (titles[i], widths[i], i > 0);
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
          g_autofree char *t = ps_cli_pad (cells[c], widths[c], c > 0);
          g_print (" %s", t);
          g_free (cells[c]);
        }
      g_print ("\n");
    }
}

const char *
ps_cli_tax_method_label (const PsTaxSettings *t)
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

/* The inputs of `compare` (and of every command that takes the same
 * inputs) → the comparison of all statuses. With --scenario FILE the
 * file's values stand for the options not given (the command line wins);
 * they are taken as numbers, never through text, and the file's own
 * messages name its keys. */
static gboolean compare_from_options (const Options  *o,
                                      Context        *c,
                                      PsComparison   *cmp,
                                      PsScenarioFile *file_out,
                                      gboolean        with_offer,
                                      GError        **error);

/* A command that can't follow the scenario's current offer says so */
void
ps_cli_offer_not_used_note (const PsScenarioFile *file)
{
  const PsOffer *offer = ps_scenario_file_current_offer (file);

  if (offer == NULL)
    return;
  /* Translators: the name of the scenario's current portage offer */
  g_printerr (_("portage-cli: the scenario’s current offer “%s” is not used by this command: portage has the scenario’s own terms (compare, year, tips, sweep, rights and cashflow follow it)\n"),
              offer->name[0] != '\0' ? offer->name : _("(no name)"));
}

gboolean
ps_cli_compare_from_options (const Options *o,
                      Context       *c,
                      PsComparison  *cmp,
                      GError       **error)
{
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);

  if (!compare_from_options (o, c, cmp, file, FALSE, error))
    return FALSE;
  ps_cli_offer_not_used_note (file);
  return TRUE;
}

gboolean
ps_cli_compare_from_options_full (const Options  *o,
                                  Context        *c,
                                  PsComparison   *cmp,
                                  PsScenarioFile *file_out,
                                  GError        **error)
{
  return compare_from_options (o, c, cmp, file_out, TRUE, error);
}

static gboolean
compare_from_options (const Options  *o,
                      Context        *c,
                      PsComparison   *cmp,
                      PsScenarioFile *file_out,
                      gboolean        with_offer,
                      GError        **error)
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
          ps_cli_prefix_option (error, "--scenario");
          return FALSE;
        }
      {
        /* a key this version doesn't read ("contract" for "portage_cdd", a
         * typo) is kept in the file but not used: say so */
        g_autofree char *text = NULL;
        gsize length = 0;

        if (ps_file_read (o->scenario_file, 1024 * 1024, &text, &length, NULL))
          {
            g_auto (GStrv) unknown = ps_scenario_unknown_keys (text, length);
            g_autofree char *name = g_filename_display_basename (o->scenario_file);

            for (int i = 0; unknown[i] != NULL; i++)
              {
                static const char * const human[] = { "notes", "note", "comment", "comments", "name", "description", NULL };
                g_autofree char *key = g_utf8_make_valid (unknown[i], -1);

                /* a user's own notes are kept without a word */
                if (g_strv_contains (human, unknown[i]))
                  continue;
                /* Translators: a file name, then a key of it */
                g_printerr (_("portage-cli: --scenario: %s: “%s” is not a scenario key: kept in the file, not used\n"),
                            name, key);
              }
          }
      }
      if (with.date == NULL && file.date != 0)
        with.date = file_date = ps_date_format (file.date);
    }
  if (!ps_cli_context_init_from (c, &with, have_file ? &file.scenario : NULL, error))
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
    return ps_cli_require ("--tjm", NULL, error);

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
  if (!ps_cli_opt_field (PS_FIELD_FEE_PCT, "--fee-pct", o->fee_pct, &pct, error))
    return FALSE;
  s.fee_rate = pct / 100;
  if (!ps_cli_opt_field (PS_FIELD_FEE_CAP_MONTHLY, "--fee-cap-monthly", o->fee_cap_monthly, &s.fee_cap_monthly, error)
      || !ps_cli_opt_field (PS_FIELD_FEE_FLAT_MONTHLY, "--fee-flat-monthly", o->fee_flat_monthly, &s.fee_flat_monthly, error)
      || !ps_cli_opt_field (PS_FIELD_EXPENSES_MONTHLY, "--expenses-monthly", o->expenses_monthly, &s.expenses_monthly, error))
    return FALSE;
  if (s.fee_model == PS_FEE_FLAT && o->fee_flat_monthly == NULL && !have_file)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                   _("--fee-flat-monthly is required with --fee-model flat"));
      return FALSE;
    }
  s.reserve = s.reserve && !o->no_reserve;
  if (o->contract == NULL)
    ;
  else if (g_str_equal (o->contract, "cdi"))
    s.portage_cdd = FALSE;
  else if (g_str_equal (o->contract, "cdd"))
    s.portage_cdd = TRUE;
  else
    {
      g_autofree char *shown = g_utf8_make_valid (o->contract, -1);

      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--contract: expected cdi or cdd, got “%s”"), shown);
      return FALSE;
    }
  s.reserve_cash_only = s.reserve_cash_only || o->reserve_cash_only;
  s.acre_eligible = s.acre_eligible || o->acre_eligible;
  if (o->telework_days != NULL
      && !ps_input_parse_number ("--telework-days-per-week", o->telework_days, 0, 5, &s.telework_days_per_week, error))
    return FALSE;
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
  if (!ps_cli_opt_field (PS_FIELD_ESN_MARGIN_PCT, "--esn-margin-pct", o->esn_margin_pct, &pct, error))
    return FALSE;
  s.esn_margin_rate = pct / 100;
  if (!ps_cli_opt_field (PS_FIELD_CDI_GROSS_YEARLY, "--cdi-gross-yearly", o->cdi_gross_yearly, &s.cdi_gross_yearly, error)
      || !ps_cli_opt_field (PS_FIELD_MILEAGE_KM_YEARLY, "--mileage-km-yearly", o->mileage_km_yearly, &s.mileage_km_yearly, error)
      || !ps_cli_opt_field (PS_FIELD_EMPLOYER_COST_YEARLY, "--sasu-salary-yearly", o->sasu_salary_yearly, &s.sasu_salary_yearly, error)
      || !ps_cli_opt_field (PS_FIELD_REMUNERATION_YEARLY, "--eurl-remuneration-yearly", o->eurl_remuneration_yearly, &s.eurl_remuneration_yearly, error)
      || !ps_cli_opt_field (PS_FIELD_RUNNING_COSTS_YEARLY, "--running-costs-yearly", o->running_costs_yearly, &s.company_running_costs, error)
      || !ps_cli_opt_field (PS_FIELD_HEALTH_BUDGET_YEARLY, "--health-budget-yearly", o->health_budget_yearly, &s.health_yearly, error))
    return FALSE;
  s.micro_vl = s.micro_vl || o->vl;
  s.micro_acre = s.micro_acre || o->acre;
  s.eurl_ir = s.eurl_ir || o->eurl_ir;
  s.dividends_bareme = s.dividends_bareme || o->dividends_bareme;
  s.csm_exempt = s.csm_exempt || o->csm_exempt;

  if (!have_file)
    {
      /* no file: no offers, no name */
      memset (&file, 0, sizeof file);
      file.current_offer = -1;
    }
  file.scenario = s;
  /* one path from a scenario file to its comparison: the current offer
   * makes portage (and the health budget "as portage's") */
  if (with_offer)
    ps_scenario_file_compute (&file, c->params, cmp);
  else
    ps_comparison_compute (c->params, &s, cmp);
  if (file_out != NULL)
    *file_out = file;
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
  return ps_cli_compare_file (o, days_optional, rates, params, cmp, NULL, error);
}

gboolean
ps_cli_compare_file (const PsCliOptions *o,
                     gboolean            days_optional,
                     PsRates           **rates,
                     const PsParams    **params,
                     PsComparison       *cmp,
                     PsScenarioFile     *file_out,
                     GError            **error)
{
  g_auto (Context) c = { 0 };
  gboolean ok;

  days_from_year = days_optional;
  ok = ps_cli_compare_from_options_full (o, &c, cmp, file_out, error);
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

enum { G_SALARY = 1, G_PORTAGE = 2, G_COMPARE = 4, G_MICRO = 8, G_SASU = 16, G_EURL = 32, G_SWEEP = 64, G_STATUSES = 128, G_OUTPUT = 256, G_PROJECT = 512, G_OFFERS = 1024, G_QUOTE = 2048,
       G_ARGUMENT = 4096 /* one argument after the options: glossary's TERM */ };

static const Command commands[] = {
  { "salary", N_("Payslip of a monthly gross salary: every contribution, net, cost, income tax"), ps_cli_cmd_salary, G_SALARY },
  { "portage", N_("Portage salarial: from a day rate to the net salary, line by line"), ps_cli_cmd_portage, G_PORTAGE },
  { "micro", N_("Micro-entreprise (BNC): contributions, income tax, net"), ps_cli_cmd_micro, G_MICRO },
  { "sasu", N_("SASU: the président's salary, and dividends"), ps_cli_cmd_sasu, G_SASU },
  { "eurl", N_("EURL: the gérant's TNS contributions, at the IS or the income tax"), ps_cli_cmd_eurl, G_EURL },
  { "compare", N_("Every status on the same yearly basis: portage, CDI, micro, SASU, EURL"), ps_cli_cmd_compare, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_compare_entries, ps_cli_compare_clear },
  { "breakeven", N_("Day rates at which the statuses leave the same net, and for a target net"), ps_cli_cmd_breakeven, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "tips", N_("Optimisation tips, each with its gain computed by the engine"), ps_cli_cmd_tips, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "sweep", N_("Net after tax of every status for a range of day rates (CSV or JSON)"), ps_cli_cmd_sweep, G_PORTAGE | G_COMPARE | G_STATUSES | G_SWEEP },
  { "rights", N_("What each status protects: pension quarters and points, unemployment, sick pay"), ps_cli_rights_run, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "year", N_("A realistic year: holidays, gaps between missions, sick days; the net per day worked"), ps_cli_year_run, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_year_entries, ps_cli_year_clear },
  { "project", N_("The years ahead per status: ACRE, the micro ceiling, provisional contributions, dividends and the réserve when they are paid"), ps_cli_cmd_project, G_PORTAGE | G_COMPARE | G_STATUSES | G_PROJECT },
  { "cashflow", N_("The first year month by month: when each status’s cash comes in and goes out"), ps_cli_cashflow_run, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_cashflow_entries, ps_cli_cashflow_clear },
  { "offers", N_("Portage offers side by side on the same day rate (--offer FILE, 1 to 6)"), ps_cli_cmd_offers, G_PORTAGE | G_COMPARE | G_STATUSES | G_OFFERS },
  { "check-quote", N_("A portage firm's quote for a month, recomputed by the law line by line, and what it doesn't explain"), ps_cli_cmd_check_quote, G_PORTAGE | G_QUOTE },
  { "rates", N_("The rates in force on a date, with their sources"), ps_cli_cmd_rates, 0 },
  { "glossary", N_("What the terms mean (TJM, IAA, RGDU, PFU…), with their legal source; give a TERM for one"), ps_cli_cmd_glossary, G_ARGUMENT },
  { "bench", N_("Measure the engine's speed"), ps_cli_cmd_bench, 0 },
  { "export", N_("The comparison as an Excel workbook with live formulas (-o FILE.xlsx), or as CSV or JSON"), ps_cli_cmd_export, G_PORTAGE | G_COMPARE | G_STATUSES | G_OUTPUT | G_QUOTE,
    ps_cli_export_entries, ps_cli_export_clear },
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
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
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
    { "vm-city", 0, 0, G_OPTION_ARG_FILENAME, &o.vm_city, N_("The portage firm's city, for its versement mobilité: paris, lyon, marseille, bordeaux, lille, nice, rennes, strasbourg or none"), "CITY" },
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
    /* xgettext:no-c-format */
    { "contract", 0, 0, G_OPTION_ARG_FILENAME, &o.contract, N_("cdi (default: the réserve, 10 % of the base pay) or cdd (the end-of-contract indemnity, 10 % of the gross)"), "cdi|cdd" },
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
  GOptionEntry health[] = {
    { "health-budget-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.health_budget_yearly, N_("Micro, SASU and EURL: health cover and prévoyance per year, paid from the net, Madelin-deductible in the EURL (compare: default what portage’s payslip spends on them; micro, sasu, eurl: default 0)"), "H" },
    { NULL }
  };
  GOptionEntry sweep[] = {
    { "tjm-from", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_from, N_("First day rate"), "A" },
    { "tjm-to", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_to, N_("Last day rate"), "B" },
    { "step", 0, 0, G_OPTION_ARG_FILENAME, &o.step, N_("Step between day rates (at most 10 000 rows)"), "S" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV (the default)"), NULL },
    { NULL }
  };
  GOptionEntry project[] = {
    { "years", 0, 0, G_OPTION_ARG_FILENAME, &o.years, N_("Years to project, 1 to 5 (default 3)"), "N" },
    { "tjm-growth-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_growth_pct, N_("Growth of the day rate a year, in percent (default 0)"), "G" },
    { "indexation-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.indexation_pct, N_("Indexation of the parameters after the last rates file, in percent a year (default: the last change of the PASS)"), "I" },
    { "mission-months", 0, 0, G_OPTION_ARG_FILENAME, &o.mission_months, N_("Portage: length of a mission, whose end pays the réserve (default 12)"), "M" },
    { "cfe-rate-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.cfe_rate_pct, N_("CFE: the commune’s rate in percent (default: the national average, 26.5)"), "R" },
    { "cfe-base", 0, 0, G_OPTION_ARG_FILENAME, &o.cfe_base, N_("CFE: the commune’s minimum base in euros (default: the top of the revenue’s band)"), "B" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV"), NULL },
    { NULL }
  };
  GOptionEntry offers[] = {
    { "offer", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.offer_files, N_("An offer file (JSON; see data/offers); give 1 to 6"), "FILE" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV"), NULL },
    { NULL }
  };
  GOptionEntry quote[] = {
    { "quote-revenue", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[0], N_("The quote's revenue for the month (default: --tjm × --days-per-month)"), "R" },
    { "quote-fee", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[1], N_("The quote's management fee"), "F" },
    { "quote-extras", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[2], N_("The quote's other charges (insurance, frais annexes)"), "E" },
    { "quote-employer", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[3], N_("The quote's employer contributions"), "C" },
    { "quote-gross", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[4], N_("The quote's gross salary"), "G" },
    { "quote-employee", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[5], N_("The quote's employee contributions"), "C" },
    { "quote-net", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[6], N_("The quote's net before income tax"), "N" },
    { "quote-net-after-tax", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[7], N_("The quote's net after income tax"), "N" },
    { NULL }
  };
  GOptionEntry compare[] = {
    { "cdi-gross-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.cdi_gross_yearly, N_("CDI offer, gross per year (default: what an ESN would pay)"), "S" },
    { "esn-margin-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.esn_margin_pct, N_("ESN gross margin on billing in % (default 30)"), "M" },
    { "scenario", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.scenario_files, N_("Read the inputs from a scenario file (the options given win); compare and export take 2 to 4 side by side"), "FILE" },
    { "mileage-km-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.mileage_km_yearly, N_("Business kilometres a year with your own car (default 0)"), "KM" },
    { "target-net-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.target_net_monthly, N_("breakeven: the net after tax a month to reach in portage"), "N" },
    { "telework-days-per-week", 0, 0, G_OPTION_ARG_FILENAME, &o.telework_days, N_("tips: of the days billed, how many a week are worked from home (0 to 5, default 2)"), "D" },
    { "acre-eligible", 0, 0, G_OPTION_ARG_NONE, &o.acre_eligible, N_("tips: you meet the ACRE conditions (2026: unemployed, under 26, business in a priority area…)"), NULL },
    { "reserve-as-cash-only", 0, 0, G_OPTION_ARG_NONE, &o.reserve_cash_only, N_("Leave portage’s réserve out of the yearly net (it is paid at the end of the mission; counted by default)"), NULL },
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
  /* Translators: the usage of “portage-cli glossary”: TERM is a placeholder */
  ctx = g_option_context_new ((cmd->groups & G_ARGUMENT) ? _("glossary [TERM]") : cmd->name);
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
  if (cmd->groups & (G_MICRO | G_SASU | G_EURL | G_STATUSES))
    add_entries (ctx, added, health);
  if (cmd->groups & G_QUOTE)
    add_entries (ctx, added, quote);
  if (cmd->groups & G_OFFERS)
    add_entries (ctx, added, offers);
  if (cmd->groups & G_PROJECT)
    add_entries (ctx, added, project);
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
  if ((cmd->groups & G_ARGUMENT) && g_strv_length (args) == 2)
    o.argument = g_utf8_make_valid (args[1], -1);
  else if (g_strv_length (args) > 1)
    {
      g_autofree char *shown = g_utf8_make_valid (args[(cmd->groups & G_ARGUMENT) ? 2 : 1], -1);

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

  if (o.scenario_files != NULL && o.scenario_files[0] != NULL)
    {
      if (o.scenario_files[1] != NULL && cmd->run != ps_cli_cmd_compare && cmd->run != ps_cli_cmd_export)
        {
          g_printerr (_("portage-cli %s: --scenario: give one scenario file (compare and export take several)\n"), cmd->name);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }
      o.scenario_file = g_strdup (o.scenario_files[0]);
    }

  if (o.target_net_monthly != NULL && cmd->run != ps_cli_cmd_breakeven)
    {
      g_printerr (_("portage-cli %s: --target-net-monthly is only used by breakeven\n"), cmd->name);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }

  /* an employer's payroll options describe nobody's payslip in a
   * micro-entreprise or an EURL (the gérant is TNS): refused, not ignored */
  if (cmd->groups == G_MICRO || cmd->groups == G_EURL)
    {
      const struct { const char *name; gboolean given; } payroll[] = {
        { "non-cadre", o.non_cadre },
        { "headcount", o.headcount != NULL },
        { "atmp-pct", o.atmp_pct != NULL },
        { "vm-city", o.vm_city != NULL },
        { "vm-pct", o.vm_pct != NULL },
        { "mutuelle-monthly", o.mutuelle_monthly != NULL },
        { "mutuelle-employer-pct", o.mutuelle_employer_pct != NULL },
      };

      for (guint i = 0; i < G_N_ELEMENTS (payroll); i++)
        if (payroll[i].given)
          {
            g_printerr (cmd->groups == G_MICRO
                        ? _("portage-cli %s: --%s describes an employer’s payroll; a micro-entreprise has none\n")
                        : _("portage-cli %s: --%s describes an employer’s payroll; an EURL’s gérant is not on one\n"),
                        cmd->name, payroll[i].name);
            clear_options (&o, cmd);
            return PS_CLI_BAD_INPUT;
          }
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
