/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli export: the workbook, or the comparison as CSV or JSON. */
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

/* export: the comparison as an Excel workbook (live formulas), or its CSV
 * or JSON. A file that can't be written is exit status 2, like bad input. */
static int
export_status (const GError *error)
{
  return g_error_matches (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE) ? PS_CLI_BAD_INPUT : PS_CLI_INTERNAL;
}

static char **export_offer_files;

const GOptionEntry *
ps_cli_export_entries (void)
{
  static const GOptionEntry entries[] = {
    { "offer", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &export_offer_files,
      N_("An offer file for the workbook’s Offers sheet (after a scenario’s offers; 6 in all)"), "FILE" },
    { NULL }
  };

  return entries;
}

void
ps_cli_export_clear (void)
{
  g_clear_pointer (&export_offer_files, g_strfreev);
}

/* the workbook with the scenario's offers and the --offer files, and the
 * scenarios side by side when several are given */
static int
export_workbook (const Options  *o,
                 Context        *c,
                 PsComparison   *cmp,
                 PsScenarioFile *file,
                 GError        **error)
{
  g_autofree PsOffer *offers = g_new0 (PsOffer, PS_MAX_OFFERS);
  g_autofree PsScenarios *scenarios = NULL;
  int n_files = export_offer_files != NULL ? (int) g_strv_length (export_offer_files) : 0;
  int n = file->n_offers + n_files;
  g_autofree PsComparison *own = NULL;
  PsXlsxExtras extras = { offers, 0, NULL, NULL, NULL, NULL };
  PsQuote quote;

  if (n > PS_MAX_OFFERS)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--offer: the scenario has %d offers and %d files are given; at most %d in all"),
                   file->n_offers, n_files, PS_MAX_OFFERS);
      return PS_CLI_BAD_INPUT;
    }
  for (int i = 0; i < file->n_offers; i++)
    offers[i] = file->offers[i];
  for (int i = file->n_offers; i < n; i++)
    {
      ps_offer_init (&offers[i], NULL);
      if (!ps_offer_load (&offers[i], export_offer_files[i - file->n_offers], error))
        {
          ps_cli_prefix_option (error, "--offer");
          return PS_CLI_BAD_INPUT;
        }
    }
  extras.n_offers = n;
  {
    /* a firm's quote to check (--quote-…): on the Offres sheet */
    static const char *options[] = {
      "--quote-revenue", "--quote-fee", "--quote-extras", "--quote-employer", "--quote-gross",
      "--quote-employee", "--quote-net", "--quote-net-after-tax",
    };
    gboolean any = FALSE;

    ps_quote_init (&quote);
    quote.revenue = cmp->portage.revenue;
    if (!ps_cli_opt_field (PS_FIELD_GROSS_MONTHLY, options[0], o->quote[0], &quote.revenue, error))
      return PS_CLI_BAD_INPUT;
    for (int i = 0; i < PS_N_QUOTE_LINES; i++)
      if (o->quote[i + 1] != NULL)
        {
          if (!ps_input_parse_number (options[i + 1], o->quote[i + 1], 0, 1000000, &quote.lines[i], error))
            return PS_CLI_BAD_INPUT;
          any = TRUE;
        }
    if (!any && o->quote[0] != NULL)
      {
        g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                             _("--quote-gross or --quote-net (and what else the quote shows) is required"));
        return PS_CLI_BAD_INPUT;
      }
    if (any)
      extras.quote = &quote;
  }
  if (o->scenario_files != NULL && o->scenario_files[0] != NULL && o->scenario_files[1] != NULL)
    {
      scenarios = g_new0 (PsScenarios, 1);
      if (!ps_cli_scenarios_from_options (o, scenarios, error))
        return PS_CLI_BAD_INPUT;
      extras.scenarios = scenarios;
    }
  /* the current offer: the workbook is the comparison with it, its terms
   * (its employer profile too) on the Portage sheet; @own, the comparison
   * with the scenario's terms, only if the offer can't be found among the
   * Offres sheet's (the Summary then names it with its figures) */
  if (ps_scenario_file_current_offer (file) != NULL)
    {
      own = g_new0 (PsComparison, 1);
      ps_comparison_compute (c->params, &cmp->scenario, own);
      extras.current_offer = ps_scenario_file_current_offer (file);
      extras.offer_comparison = cmp;
    }
  if (ps_xlsx_export_full (own != NULL ? own : cmp, c->params, c->rates, &extras, o->output, error))
    return PS_CLI_OK;
  ps_cli_prefix_option (error, "-o");
  return export_status (*error);
}

int
ps_cli_cmd_export (const Options *o,
            GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
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
  /* a name with another extension: written as a workbook, it would open
   * in nothing that its name suggests */
  if (!csv && !json && o->output != NULL && !g_str_equal (o->output, "-"))
    {
      g_autofree char *base = g_path_get_basename (o->output);
      const char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base && g_ascii_strcasecmp (dot, ".xlsx") != 0)
        {
          g_autofree char *shown = g_utf8_make_valid (dot, -1);

          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                       _("-o: unknown file extension “%s”; give a name ending in .xlsx, .csv or .json (or --csv, --json)"),
                       shown);
          return PS_CLI_BAD_INPUT;
        }
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
  if ((csv || json) && ((o->scenario_files != NULL && o->scenario_files[0] != NULL && o->scenario_files[1] != NULL)
                        || export_offer_files != NULL))
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                           _("--scenario, --offer: several scenarios and offers go into a workbook (-o FILE.xlsx); compare and offers print them"));
      return PS_CLI_BAD_INPUT;
    }
  for (guint i = 0; i < G_N_ELEMENTS (o->quote); i++)
    if ((csv || json) && o->quote[i] != NULL)
      {
        g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                             _("--quote-…: a quote is checked in a workbook (-o FILE.xlsx); check-quote prints it"));
        return PS_CLI_BAD_INPUT;
      }
  if (!ps_cli_compare_from_options_full (o, &c, cmp, file, error))
    return PS_CLI_BAD_INPUT;

  if (!csv && !json)
    return export_workbook (o, &c, cmp, file, error);

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
  ps_cli_prefix_option (error, "-o");
  return export_status (*error);
}
