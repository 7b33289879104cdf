/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ps-comparison.h"
#include "ps-money-split.h"
#include "ps-period.h"

G_BEGIN_DECLS

/* Where the money goes for one status: a stacked bar from the revenue (or
 * the CDI's employer cost) down to the net after income tax, and its
 * legend with the amounts per month or per year. The segments are the engine's
 * (ps-money-split); this only draws them. */
#define PS_TYPE_MONEY_CHART (ps_money_chart_get_type ())

G_DECLARE_FINAL_TYPE (PsMoneyChart, ps_money_chart, PS, MONEY_CHART, GtkWidget)

GtkWidget *ps_money_chart_new    (void);
void       ps_money_chart_update (PsMoneyChart       *self,
                                  const PsComparison *comparison,
                                  PsStatus            status,
                                  PsPeriod            period);
/* for the tests: the legend's rows shown, and the text of row @i
 * ("Net after income tax 4 321,00 € (43,2 %)") */
guint      ps_money_chart_get_n_items   (PsMoneyChart *self);
char      *ps_money_chart_get_item_text (PsMoneyChart *self,
                                         guint         i);

/* The colour of a kind of segment, on a light or a dark card. */
void       ps_money_chart_kind_color    (PsMoneyKind   kind,
                                         gboolean      dark,
                                         GdkRGBA      *out);

G_END_DECLS
