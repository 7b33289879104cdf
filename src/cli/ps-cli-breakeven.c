/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli breakeven: where the statuses cross, and the day rate for a target net. */
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
  g_autofree char *l = ps_cli_pad (label, LABEL_WIDTH, FALSE);
  g_autofree char *v = found ? ps_format_money (be->tjm) : g_strdup (_("none"));
  g_autofree char *pv = ps_cli_pad (v, AMOUNT_WIDTH, TRUE);

  g_print ("  %s %s%s\n", l, pv,
           found && be->at_lowest ? _(" (the lowest usable day rate: its net is already above the target)")
           : found && be->jump ? _(" (at a threshold)") : "");
}

int
ps_cli_cmd_breakeven (const Options *o,
               GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autoptr (cJSON) obj = cJSON_CreateObject ();
  cJSON *statuses = cJSON_AddObjectToObject (obj, "statuses");
  double target = 0;
  PsBreakeven be;
  gboolean found;

  if (!ps_cli_compare_from_options (o, &c, cmp, error)
      || !ps_cli_opt_field (PS_FIELD_TARGET_NET_MONTHLY, "--target-net-monthly", o->target_net_monthly, &target, error))
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
    cJSON_AddBoolToObject (obj, "portage_usable", x->portage_usable);
    ps_json_add_money (obj, "search_from_tjm", x->from);
    ps_json_add_money (obj, "search_to_tjm", x->to);
    if (x->micro_ceiling_tjm > 0)
      ps_json_add_money (obj, "micro_ceiling_tjm", x->micro_ceiling_tjm);
    else
      cJSON_AddNullToObject (obj, "micro_ceiling_tjm");
    if (!o->json)
      {
        g_print ("\n");
        if (x->portage_usable)
          /* Translators: the range of day rates searched */
          g_print (_("Where the statuses cross, from the lowest day rate portage allows (%s) to %s a day\n"), from, to);
        else
          /* Translators: the range of day rates searched */
          g_print (_("Portage can’t be used at any day rate with these inputs; where the others cross, from %s to %s a day\n"),
                   from, to);
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
        g_print (_("the micro-entreprise can’t be kept from %s (its ceiling, two years running)"), tjm);
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
            why = ps_breakeven_target_reason (&cmp->scenario, i);
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
                  g_autofree char *l = ps_cli_pad (_(ps_status_name (i)), LABEL_WIDTH, FALSE);
                  g_print ("  %s %s\n", l, _(why));
                }
            }
        }
    }
  if (o->json)
    ps_cli_print_json (obj);
  return PS_CLI_OK;
}
