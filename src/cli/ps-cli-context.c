/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The options every command shares, read into a context (rates, inputs),
 * the output helpers, and the comparison the options describe (with a
 * scenario file's values for the options not given). ps-cli.c runs the
 * commands. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-line-label.h"
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
#include "ps-vm-city.h"
#include "ps-xlsx-export.h"

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
          if (g_str_equal (o->vm_city, ps_vm_city_id (k)))
            {
              c->profile.vm_rate = c->params->vm_city_rate[k];
              found = TRUE;
            }
        }
      if (!found)
        {
          ps_vm_city_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, "--vm-city", o->vm_city);
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

char **
ps_cli_wrap (const char *text,
             int         width)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr (GStrvBuilder) lines = g_strv_builder_new ();
  g_autoptr (GString) line = g_string_new (NULL);

  for (int i = 0; words[i] != NULL; i++)
    {
      int have = (int) g_utf8_strlen (line->str, -1);
      int add = (int) g_utf8_strlen (words[i], -1);

      if (line->len > 0 && have + 1 + add > width)
        {
          g_strv_builder_add (lines, line->str);
          g_string_truncate (line, 0);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  g_strv_builder_add (lines, line->str);
  return g_strv_builder_end (lines);
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
  /* a true minus, as in the window */
  g_autofree char *m = ps_format_money_display (monthly);
  g_autofree char *y = ps_format_money_display (monthly * 12);
  g_autofree char *l = NULL;
  g_autofree char *pm = ps_cli_pad (m, AMOUNT_WIDTH, TRUE);
  g_autofree char *py = ps_cli_pad (y, AMOUNT_WIDTH, TRUE);

  /* a label longer than its column wraps, the amounts on its last line */
  if (g_utf8_strlen (label, -1) > LABEL_WIDTH)
    {
      g_auto (GStrv) lines = ps_cli_wrap (label, LABEL_WIDTH);
      guint n = g_strv_length (lines);

      for (guint i = 0; i + 1 < n; i++)
        g_print ("  %s\n", lines[i]);
      l = ps_cli_pad (lines[n - 1], LABEL_WIDTH, FALSE);
    }
  else
    l = ps_cli_pad (label, LABEL_WIDTH, FALSE);
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
        g_strdup (ps_line_label (l)),
        ps_format_number (l->base, 2),
        l->employee_rate != 0 ? ps_format_number (l->employee_rate * 100, 3) : g_strdup (""),
        l->employee != 0 ? ps_format_number (l->employee, 2) : g_strdup (""),
        l->employer_rate != 0 ? ps_format_number (l->employer_rate * 100, 3) : g_strdup (""),
        l->employer != 0 ? ps_format_number (l->employer, 2) : g_strdup (""),
      };

      g_print (" ");
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          g_autofree char *t = NULL;

          /* a true minus (the RGDU), as in the window */
          if (c > 0 && cells[c][0] == '-')
            {
              char *minus = g_strconcat ("\u2212", cells[c] + 1, NULL);

              g_free (cells[c]);
              cells[c] = minus;
            }
          t = ps_cli_pad (cells[c], widths[c], c > 0);
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
