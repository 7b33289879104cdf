/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tip-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ps-tip-item.h"
#include "ps-tip-list.h"
#include "ps-tips.h"

GListModel *
ps_tips_for_comparison (const PsParams     *params,
                        const PsComparison *comparison)
{
  GListStore *store = g_list_store_new (PS_TYPE_TIP_ITEM);
  g_autoptr (GPtrArray) tips = ps_tips_compute (params, &comparison->scenario);

  /* the engine's tips, best first, each gain the difference of two runs */
  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *tip = g_ptr_array_index (tips, i);
      /* Translators: a tip's ceiling, then its trade-off */
      g_autofree char *description = g_strdup_printf (_("%s. %s"), tip->ceiling, tip->tradeoff);
      g_autoptr (PsTipItem) item = ps_tip_item_new (tip->title, description, tip->gain_monthly);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
