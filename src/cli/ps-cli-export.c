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

int
ps_cli_cmd_export (const Options *o,
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
  if (!ps_cli_compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;

  if (!csv && !json)
    {
      if (ps_xlsx_export (cmp, c.params, c.rates, o->output, error))
        return PS_CLI_OK;
      ps_cli_prefix_option (error, "-o");
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
  ps_cli_prefix_option (error, "-o");
  return export_status (*error);
}
