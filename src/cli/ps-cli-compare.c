/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli compare and sweep: every status on the same yearly basis. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-date.h"
#include "ps-error.h"
#include "ps-export.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-portage.h"
#include "ps-rates.h"
#include "ps-tips.h"
#include "ps-xlsx-export.h"

#define MAX_SWEEP_ROWS 10000

int
ps_cli_cmd_compare (const Options *o,
             GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  const PsScenario *sc = &cmp->scenario;
  const PsOffer *offer;

  /* several scenarios: side by side */
  if (o->scenario_files != NULL && o->scenario_files[0] != NULL && o->scenario_files[1] != NULL)
    return ps_cli_cmd_compare_scenarios (o, error);
  if (ps_cli_compare_csv ())
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                           _("--csv: compare prints CSV with several --scenario (export --csv for one)"));
      return PS_CLI_BAD_INPUT;
    }
  /* the scenario's current offer makes its portage */
  if (!ps_cli_compare_from_options_full (o, &c, cmp, file, error))
    return PS_CLI_BAD_INPUT;
  offer = ps_scenario_file_current_offer (file);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_comparison (cmp, c.params);

      if (offer != NULL)
        cJSON_AddStringToObject (cJSON_GetObjectItem (obj, "inputs"), "offer", offer->name);
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }

  ps_cli_print_portage (&cmp->portage, &cmp->portage_inputs, !cmp->scenario.reserve_cash_only, FALSE);
  g_print ("\n%s\n", sc->cdi_gross_yearly > 0 ? _("CDI (your offer)") : _("CDI at an ESN (same billing, ESN margin)"));
  ps_cli_header2 ();
  ps_cli_row2 (_("Employer cost"), cmp->cdi.payslip.employer_cost);
  ps_cli_row2 (_("Gross salary"), cmp->cdi.payslip.gross);
  ps_cli_row2 (_("Employee contributions"), -cmp->cdi.payslip.employee_contributions);
  ps_cli_row2 (_("Net before income tax"), cmp->cdi.payslip.net_before_tax);
  ps_cli_row2 (ps_cli_tax_method_label (&c.tax), -cmp->cdi.income_tax_yearly / 12);
  ps_cli_row2 (_("Net after income tax"), cmp->cdi.net_after_tax_yearly / 12);

  g_print ("\n%s\n", _("Comparison, per year"));
  {
    const int w = 14;
    const char *rows[] = { N_("Revenue"), N_("Costs and expenses"), N_("Social contributions"),
                           N_("Health (paid from the net)"), N_("Corporate tax"), N_("Income tax"), N_("Net after income tax"),
                           N_("   per month"),
                           cmp->scenario.reserve_cash_only ? N_("Réserve (later, not counted)")
                                                           : N_("   of which réserve (later)"),
                           N_("Unemployment insurance"),
                           N_("Can be used") };
    g_autofree char *l = ps_cli_pad ("", 28, FALSE);

    g_print ("  %s", l);
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        g_autofree char *name = g_strdup_printf ("%s%s", _(ps_status_short_name (i)), cmp->has_best && i == (int) cmp->best ? " ★" : "");
        g_autofree char *cut = g_utf8_substring (name, 0, MIN (w, g_utf8_strlen (name, -1)));
        g_autofree char *cell = ps_cli_pad (cut, w, TRUE);
        g_print (" %s", cell);
      }
    g_print ("\n");
    for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
      {
        g_autofree char *label = ps_cli_pad (_(rows[r]), 28, FALSE);

        g_print ("  %s", label);
        for (int i = 0; i < PS_N_STATUSES; i++)
          {
            const PsStatusResult *st = &cmp->statuses[i];
            /* the health cover not already in the payslip's contributions
             * (portage, CDI): the budget micro, SASU and EURL pay from the
             * net, so that the column adds up to the net */
            double health = i == PS_STATUS_MICRO ? cmp->micro.health.paid
                          : i == PS_STATUS_SASU ? cmp->sasu.health.paid
                          : i == PS_STATUS_EURL ? cmp->eurl.health.paid : 0;
            double v[] = { st->revenue_yearly, st->costs_yearly + st->expenses_yearly, st->contributions_yearly,
                           health, st->corporate_tax_yearly, st->income_tax_yearly, st->net_after_tax_yearly,
                           st->net_after_tax_monthly, st->deferred_yearly, 0, 0 };
            g_autofree char *text = r == 10 ? g_strdup (st->eligible ? _("yes") : _("no"))
                                  : r == 9 ? g_strdup (st->unemployment_insurance ? _("yes") : _("no"))
                                  : ps_format_money (v[r]);
            g_autofree char *cell = ps_cli_pad (text, w, TRUE);

            g_print (" %s", cell);
          }
        g_print ("\n");
      }
    {
      /* portage's terms as computed: the current offer's when there is one */
      const PsPortageInputs *pin = &cmp->portage_inputs;
      /* the versement mobilité is due from 11 employees (CGCT L2333-64) */
      g_autofree char *vm = pin->profile.headcount >= 11 ? ps_format_percent (pin->profile.vm_rate * 100, 2)
                                                         : g_strdup (_("none (fewer than 11 employees)"));
      g_autofree char *mutuelle = ps_format_money_prose (pin->profile.mutuelle_monthly);
      g_autofree char *share = ps_format_percent (pin->profile.mutuelle_employer_rate * 100, 0);
      const char *levels[] = { N_("first level"), N_("junior"), N_("senior"), N_("expert") };

      if (offer != NULL)
        {
          g_autofree char *fee = ps_format_money (cmp->statuses[PS_STATUS_PORTAGE].costs_yearly);

          g_print ("  ");
          /* Translators: the name of the scenario's current offer, then its
           * fee and extras a year */
          g_print (_("Portage: the scenario’s current offer “%s” (its fee and extras %s a year; offers --scenario shows its terms)"),
                   offer->name, fee);
          g_print ("\n");
        }
      /* the defaults the figures depend on, where the figures are */
      g_print ("  ");
      /* Translators: the portage firm's versement mobilité rate, the
       * convention level, the mutuelle premium and its employer share */
      g_print (_("Portage firm: versement mobilité %s (--vm-city, --vm-pct), convention level %s, mutuelle %s a month paid %s by the employer"),
               vm, _(levels[CLAMP (pin->level, 0, 3)]), mutuelle, share);
      g_print ("\n");
    }
    {
      g_autofree char *health = ps_format_money (cmp->health_yearly);

      g_print ("  ");
      if (sc->health_yearly < 0)
        /* Translators: the yearly health budget of micro, SASU and EURL */
        g_print (_("Micro, SASU and EURL: health cover and prévoyance %s a year, as portage’s payslip (--health-budget-yearly); Madelin-deductible in the EURL"),
                 health);
      else
        g_print (_("Micro, SASU and EURL: health cover and prévoyance %s a year (--health-budget-yearly); Madelin-deductible in the EURL"),
                 health);
      g_print ("\n");
    }
    for (int i = 0; i < PS_N_STATUSES; i++)
      if (!cmp->statuses[i].eligible)
        {
          /* Translators: a status, then why it can't be used ("above the ceiling") */
          g_autofree char *line = g_strdup_printf (_("%s: can’t be used (%s)"), _(ps_status_name (i)),
                                                   _(ps_unusable_reason (cmp->statuses[i].unusable)));
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

int
ps_cli_cmd_sweep (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsComparison *at = g_new0 (PsComparison, 1);
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  const PsOffer *offer;
  g_autoptr (GString) text = g_string_new (NULL);
  double from, to, step, row[PS_N_STATUSES], usable[PS_N_STATUSES];
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
  if (!ps_cli_require ("--tjm-from", o->tjm_from, error) || !ps_cli_require ("--tjm-to", o->tjm_to, error)
      || !ps_cli_require ("--step", o->step, error)
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
    /* ps_cli_compare_from_options requires --tjm: the sweep starts at --tjm-from */
    Options with_tjm = *o;

    with_tjm.tjm = o->tjm_from;
    if (!ps_cli_compare_from_options_full (&with_tjm, &c, cmp, file, error))
      return PS_CLI_BAD_INPUT;
  }
  /* the scenario's current offer makes portage at every day rate */
  offer = ps_scenario_file_current_offer (file);

  /* printed as computed, a block of rows at a time: memory stays flat */
  if (o->json)
    g_string_append (text, "{\n\t\"rows\": [");
  else
    {
      /* CSV (the default): a row per TJM, a column per status; '.' decimals */
      g_string_append (text, "tjm");
      for (int k = 0; k < PS_N_STATUSES; k++)
        g_string_append_printf (text, ",%s_net_after_tax_monthly", ps_status_id (k));
      /* which figures can be used (micro above its ceiling, portage under
       * its minimum can't), and the best of those: never an unusable one */
      for (int k = 0; k < PS_N_STATUSES; k++)
        g_string_append_printf (text, ",%s_usable", ps_status_id (k));
      g_string_append (text, ",best\n");
    }
  for (int i = 0; i < n; i++)
    {
      double tjm = from + step * i;

      int best = -1;

      if (offer != NULL)
        {
          PsScenario probe = cmp->scenario;

          probe.tjm = tjm;
          ps_comparison_compute (c.params, &probe, at);
          ps_comparison_apply_offer (c.params, offer, at);
          for (int k = 0; k < PS_N_STATUSES; k++)
            {
              row[k] = at->statuses[k].net_after_tax_monthly;
              usable[k] = at->statuses[k].eligible ? row[k] : NAN;
            }
        }
      else
        {
          ps_comparison_sweep (c.params, &cmp->scenario, tjm, tjm, 1, row);
          ps_comparison_sweep_usable (c.params, &cmp->scenario, tjm, tjm, 1, usable);
        }
      for (int k = 0; k < PS_N_STATUSES; k++)
        if (!isnan (usable[k]) && (best < 0 || usable[k] > usable[best]))
          best = k;
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
          for (int k = 0; k < PS_N_STATUSES; k++)
            {
              g_autofree char *key = g_strdup_printf ("%s_usable", ps_status_id (k));
              cJSON_AddBoolToObject (r, key, !isnan (usable[k]));
            }
          if (best >= 0)
            cJSON_AddStringToObject (r, "best", ps_status_id (best));
          else
            cJSON_AddNullToObject (r, "best");
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
          for (int k = 0; k < PS_N_STATUSES; k++)
            g_string_append (text, isnan (usable[k]) ? ",0" : ",1");
          g_string_append_printf (text, ",%s\n", best >= 0 ? ps_status_id (best) : "");
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
