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

/* a value longer than this (a scale) goes on a line of its own */
#define VALUE_MAX_WIDTH 16
/* a label longer than this wraps */
#define LABEL_MAX_WIDTH 56

static int
text_width (const char *text)
{
  return (int) g_utf8_strlen (text, -1);
}

/* The rates as a table whose columns line up (widths in characters, in
 * every language): a long label wraps within its column, a scale's value
 * goes below its row. */
static void
print_table (GPtrArray *list,
             gboolean   french)
{
  const char *titles[] = { _("Parameter"), _("Value"), _("In force since"), _("Source") };
  int label_width = text_width (titles[0]);
  int value_width = text_width (titles[1]);
  int from_width = text_width (titles[2]);

  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);
      const char *label = !french && info->label_en != NULL ? info->label_en : info->label;
      g_autofree char *from = ps_date_format (info->from);

      label_width = MAX (label_width, MIN (text_width (label), LABEL_MAX_WIDTH));
      if (text_width (info->value_text) <= VALUE_MAX_WIDTH)
        value_width = MAX (value_width, text_width (info->value_text));
      from_width = MAX (from_width, text_width (from));
    }

  {
    g_autofree char *l = ps_cli_pad (titles[0], label_width, FALSE);
    g_autofree char *v = ps_cli_pad (titles[1], value_width, TRUE);
    g_autofree char *f = ps_cli_pad (titles[2], from_width, FALSE);

    g_print ("  %s  %s  %s  %s\n", l, v, f, titles[3]);
  }
  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);
      const char *label = !french && info->label_en != NULL ? info->label_en : info->label;
      g_autofree char *from = ps_date_format (info->from);
      gboolean long_value = text_width (info->value_text) > VALUE_MAX_WIDTH;
      g_auto (GStrv) lines = ps_cli_wrap (label, label_width);
      g_autofree char *v = ps_cli_pad (long_value ? "" : info->value_text, value_width, TRUE);
      g_autofree char *f = ps_cli_pad (from, from_width, FALSE);

      /* the label's first line carries the row */
      for (int k = 0; lines[k] != NULL; k++)
        {
          g_autofree char *l = ps_cli_pad (lines[k], label_width, FALSE);

          if (k == 0)
            g_print ("  %s  %s  %s  %s\n", l, v, f, info->source);
          else
            g_print ("    %s\n", lines[k]);
        }
      if (long_value)
        g_print ("      %s\n", info->value_text);
    }
}

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
  print_table (list, french);
  return PS_CLI_OK;
}
