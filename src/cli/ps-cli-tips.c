/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli tips: the optimisation tips and their combined plan. */
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

int
ps_cli_cmd_tips (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autoptr (GPtrArray) tips = NULL;
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  PsTipsPlan plan;

  /* the scenario's current offer makes portage, as in compare */
  if (!ps_cli_compare_from_options_full (o, &c, cmp, file, error))
    return PS_CLI_BAD_INPUT;
  tips = ps_tips_compute_offer (c.params, &cmp->scenario, ps_scenario_file_current_offer (file), &plan);

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "tips");
      cJSON *po = cJSON_AddObjectToObject (obj, "plan");
      cJSON *ids = cJSON_AddArrayToObject (po, "tips");

      {
        /* what the gains are against: the comparison as compare gives it */
        cJSON *base = cJSON_AddObjectToObject (obj, "baseline");

        ps_json_add_money (base, "portage_net_after_tax_yearly", cmp->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
        if (cmp->has_best)
          cJSON_AddStringToObject (base, "best", ps_status_id (cmp->best));
        else
          cJSON_AddNullToObject (base, "best");
      }
      cJSON_AddStringToObject (po, "status", ps_status_id (plan.status));
      ps_json_add_money (po, "gain_monthly", plan.gain_monthly);
      ps_json_add_money (po, "gain_yearly", plan.gain_monthly * 12);
      for (guint i = 0; i < tips->len; i++)
        if (((PsTip *) g_ptr_array_index (tips, i))->in_plan)
          cJSON_AddItemToArray (ids, cJSON_CreateString (((PsTip *) g_ptr_array_index (tips, i))->id));

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
          cJSON_AddBoolToObject (it, "in_plan", t->in_plan);
          if (t->in_plan)
            ps_json_add_money (it, "gain_in_plan_monthly", t->gain_in_plan_monthly);
          else
            cJSON_AddNullToObject (it, "gain_in_plan_monthly");
          cJSON_AddItemToArray (arr, it);
        }
      ps_cli_print_json (obj);
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
      if (t->in_plan)
        {
          g_autofree char *part = ps_format_money (t->gain_in_plan_monthly);

          /* Translators: what the tip adds to the combined plan */
          g_print (_("    In the combined plan: +%s a month\n"), part);
        }
    }
  if (plan.n_tips > 1)
    {
      g_autofree char *gain = ps_format_money (plan.gain_monthly);
      g_autofree char *yearly = ps_format_money (plan.gain_monthly * 12);

      g_print ("\n");
      /* Translators: the number of tips, the status, the gain a month and a year */
      g_print (_("Combined plan: the %d %s tips marked above together, computed in one run: +%s net a month (%s a year)\n"),
               plan.n_tips, _(ps_status_name (plan.status)), gain, yearly);
    }
  return PS_CLI_OK;
}
