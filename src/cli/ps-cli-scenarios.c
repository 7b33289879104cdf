/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli compare --scenario A --scenario B …: whole scenarios side
 * by side (ps-scenarios), a table status × scenario. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-error.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-scenarios.h"

static gboolean compare_csv;

const GOptionEntry *
ps_cli_compare_entries (void)
{
  static const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &compare_csv, N_("With several --scenario: print CSV"), NULL },
    { NULL }
  };

  return entries;
}

void
ps_cli_compare_clear (void)
{
  compare_csv = FALSE;
}

gboolean
ps_cli_compare_csv (void)
{
  return compare_csv;
}

gboolean
ps_cli_scenarios_from_options (const Options *o,
                               PsScenarios   *sc,
                               GError       **error)
{
  int n = o->scenario_files != NULL ? (int) g_strv_length (o->scenario_files) : 0;

  if (!ps_scenarios_check_count (n, "--scenario", error))
    return FALSE;
  memset (sc, 0, sizeof *sc);
  sc->n = n;
  for (int i = 0; i < n; i++)
    {
      /* each file with the options given over it, on its own date */
      g_auto (Context) c = { 0 };
      g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
      g_autofree char *name = NULL;
      Options one = *o;

      one.scenario_file = o->scenario_files[i];
      if (!ps_cli_compare_from_options_full (&one, &c, &sc->columns[i].comparison, file, error))
        return FALSE;
      name = ps_scenario_file_display_name (file, o->scenario_files[i]);
      g_strlcpy (sc->columns[i].name, name, sizeof sc->columns[i].name);
    }
  ps_scenarios_finish (sc);
  return TRUE;
}

int
ps_cli_cmd_compare_scenarios (const Options *o,
                              GError       **error)
{
  g_autofree PsScenarios *sc = g_new0 (PsScenarios, 1);

  if (compare_csv && o->json)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  if (!ps_cli_scenarios_from_options (o, sc, error))
    return PS_CLI_BAD_INPUT;

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "scenarios");

      for (int i = 0; i < sc->n; i++)
        {
          const PsComparison *cmp = &sc->columns[i].comparison;
          cJSON *it = cJSON_CreateObject ();
          cJSON *statuses = NULL;

          cJSON_AddStringToObject (it, "name", sc->columns[i].name);
          {
            g_autofree char *file_name = g_filename_display_basename (o->scenario_files[i]);

            cJSON_AddStringToObject (it, "file", file_name);
          }
          if (cmp->has_best)
            cJSON_AddStringToObject (it, "best", ps_status_id (cmp->best));
          else
            cJSON_AddNullToObject (it, "best");
          statuses = cJSON_AddArrayToObject (it, "statuses");
          for (int s = 0; s < PS_N_STATUSES; s++)
            {
              const PsStatusResult *r = &cmp->statuses[s];
              cJSON *st = cJSON_CreateObject ();

              cJSON_AddStringToObject (st, "status", ps_status_id (s));
              cJSON_AddBoolToObject (st, "eligible", r->eligible);
              cJSON_AddBoolToObject (st, "best", cmp->has_best && (int) cmp->best == s);
              cJSON_AddBoolToObject (st, "best_scenario", sc->best_scenario[s] == i);
              ps_json_add_money (st, "net_after_tax_monthly", r->net_after_tax_monthly);
              ps_json_add_money (st, "net_after_tax_yearly", r->net_after_tax_yearly);
              cJSON_AddItemToArray (statuses, st);
            }
          cJSON_AddItemToArray (arr, it);
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  if (compare_csv)
    {
      g_print ("scenario,status,eligible,best,net_after_tax_monthly,net_after_tax_yearly\n");
      for (int i = 0; i < sc->n; i++)
        {
          const PsComparison *cmp = &sc->columns[i].comparison;
          g_autofree char *name = g_strdup (sc->columns[i].name);

          g_strdelimit (name, ",\"\n\r", ' ');
          for (int s = 0; s < PS_N_STATUSES; s++)
            {
              const PsStatusResult *r = &cmp->statuses[s];
              char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

              g_print ("%s,%s,%s,%s,%s,%s\n", name, ps_status_id (s), r->eligible ? "true" : "false",
                       cmp->has_best && (int) cmp->best == s ? "true" : "false",
                       g_ascii_formatd (a, sizeof a, "%.2f", ps_round_cents (r->net_after_tax_monthly)),
                       g_ascii_formatd (b, sizeof b, "%.2f", ps_round_cents (r->net_after_tax_yearly)));
            }
        }
      return PS_CLI_OK;
    }

  {
    const int w = 16;
    const char *blocks[] = { N_("Net after income tax, a month"), N_("Net after income tax, a year") };
    gboolean any_unusable = FALSE;

    g_print ("%s\n", _("Scenarios side by side (★ the best usable status of each scenario)"));
    for (guint b = 0; b < G_N_ELEMENTS (blocks); b++)
      {
        g_autofree char *title = ps_cli_pad (_(blocks[b]), 30, FALSE);

        g_print ("\n  %s", title);
        for (int i = 0; i < sc->n; i++)
          {
            g_autofree char *cut = g_utf8_substring (sc->columns[i].name, 0, MIN (w, g_utf8_strlen (sc->columns[i].name, -1)));
            g_autofree char *cell = ps_cli_pad (cut, w, TRUE);

            g_print (" %s", cell);
          }
        g_print ("\n");
        for (int s = 0; s < PS_N_STATUSES; s++)
          {
            g_autofree char *label = g_strdup_printf ("  %s", _(ps_status_short_name (s)));
            g_autofree char *padded = ps_cli_pad (label, 30, FALSE);

            g_print ("  %s", padded);
            for (int i = 0; i < sc->n; i++)
              {
                const PsComparison *cmp = &sc->columns[i].comparison;
                const PsStatusResult *r = &cmp->statuses[s];
                g_autofree char *money = ps_format_money (b == 0 ? r->net_after_tax_monthly : r->net_after_tax_yearly);
                g_autofree char *text = g_strdup_printf ("%s%s", !r->eligible ? "✗ " : cmp->has_best && (int) cmp->best == s ? "★ " : "", money);
                g_autofree char *cell = ps_cli_pad (text, w, TRUE);

                any_unusable = any_unusable || !r->eligible;
                g_print (" %s", cell);
              }
            g_print ("\n");
          }
      }
    {
      g_autofree char *title = ps_cli_pad (_("Best"), 30, FALSE);

      g_print ("\n  %s", title);
      for (int i = 0; i < sc->n; i++)
        {
          const PsComparison *cmp = &sc->columns[i].comparison;
          const char *best = cmp->has_best ? _(ps_status_short_name (cmp->best)) : "—";
          g_autofree char *cut = g_utf8_substring (best, 0, MIN (w, g_utf8_strlen (best, -1)));
          g_autofree char *cell = ps_cli_pad (cut, w, TRUE);

          g_print (" %s", cell);
        }
      g_print ("\n");
    }
    if (any_unusable)
      g_print ("  %s\n", _("✗ can’t be used in this scenario (see compare --scenario FILE)"));
  }
  return PS_CLI_OK;
}
