/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli rates: the rates in force on a date, with their sources. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-line-label.h"
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

int
ps_cli_cmd_rates (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *date = NULL;
  gboolean french;

  if (!ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  list = ps_rates_list (c.rates, c.params->date);
  date = ps_date_format (c.params->date);
  /* the labels in the files are French; their English twins where the
   * translation of this marker says the reader is not French */
  french = ps_line_labels_french ();
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
          if (info->label_en != NULL)
            cJSON_AddStringToObject (it, "label_en", info->label_en);
          cJSON_AddStringToObject (it, "value", info->value_text);
          cJSON_AddStringToObject (it, "from", from);
          cJSON_AddStringToObject (it, "source", info->source);
          cJSON_AddItemToArray (arr, it);
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  g_print (_("Rates in force on %s (%s)\n"), date, ps_rates_get_origin (c.rates));
  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);
      g_autofree char *from = ps_date_format (info->from);

      const char *label = !french && info->label_en != NULL ? info->label_en : info->label;

      g_print ("  %-60s %-24s %s  %s\n", label, info->value_text, from, info->source);
    }
  return PS_CLI_OK;
}
