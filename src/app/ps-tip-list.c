/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tip-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ps-tip-item.h"
#include "ps-money.h"
#include "ps-tip-list.h"
#include "ps-tips.h"

GListModel *
ps_tips_for_status (GPtrArray        *tips,
                    const PsTipsPlan *plan,
                    PsStatus          status,
                    PsPeriod          period)
{
  GListStore *store = g_list_store_new (PS_TYPE_TIP_ITEM);
  gboolean with_plan = plan != NULL && plan->status == status && plan->n_tips >= 2;

  if (with_plan)
    {
      /* Translators: the title of the combined plan; %d (2 or more) tips */
      g_autofree char *title = g_strdup_printf (_("Combined plan: %d of the tips below, together"), plan->n_tips);
      g_autoptr (PsTipItem) item = ps_tip_item_new_for_status (status, TRUE, title,
                                                               _("One simulation with all of them, not the sum of their gains: they share the days and the ceilings."),
                                                               plan->gain_monthly);

      g_list_store_append (store, item);
    }
  /* the engine's tips of this status, best first, each gain the
   * difference of two runs */
  for (guint i = 0; tips != NULL && i < tips->len; i++)
    {
      PsTip *tip = g_ptr_array_index (tips, i);
      g_autofree char *description = NULL;
      g_autoptr (PsTipItem) item = NULL;

      if (tip->status != status)
        continue;
      if (with_plan && tip->in_plan)
        {
          g_autofree char *part = ps_format_money (ps_period_amount (period, tip->gain_in_plan_monthly));

          description = period == PS_PERIOD_YEAR
                        /* Translators: a tip's ceiling, its trade-off, what its gain is measured against, then its part in the combined plan */
                        ? g_strdup_printf (_("%s. %s %s. In the plan: +%s a year."), ps_tip_ceiling (tip, period), tip->tradeoff,
                                           _(tip->baseline), part)
                        /* Translators: a tip's ceiling, its trade-off, what its gain is measured against, then its part in the combined plan */
                        : g_strdup_printf (_("%s. %s %s. In the plan: +%s a month."), ps_tip_ceiling (tip, period), tip->tradeoff,
                                           _(tip->baseline), part);
        }
      else
        /* Translators: a tip's ceiling, its trade-off, then what its gain is measured against */
        description = g_strdup_printf (_("%s. %s %s."), ps_tip_ceiling (tip, period), tip->tradeoff, _(tip->baseline));
      item = ps_tip_item_new_for_status (status, FALSE, ps_tip_title (tip, period), description, tip->gain_monthly);
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
