/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tips"

#include "config.h"

#include "ps-tip.h"
#include "ps-tips.h"

GListModel *
ps_tips_for_comparison (const PsParams     *params,
                        const PsComparison *comparison)
{
  GListStore *tips = g_list_store_new (PS_TYPE_TIP);

  /* PLACEHOLDER, see ps-tips.h: no tips engine yet, so no tips. */
  return G_LIST_MODEL (tips);
}
