/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-breakdown.h"
#include "ps-chart-view.h"
#include "ps-target-group.h"
#include "ps-comparison.h"
#include "ps-money-chart.h"
#include "ps-period.h"
#include "ps-protection-details.h"
#include "ps-protection-row.h"
#include "ps-status-card.h"
#include "ps-tips.h"
#include "ps-year-summary.h"

G_BEGIN_DECLS

/* The results side: a card per status, the portage warnings, the chart,
 * the line-by-line breakdown of the selected status, and the tips. */
#define PS_TYPE_RESULTS_VIEW (ps_results_view_get_type ())

G_DECLARE_FINAL_TYPE (PsResultsView, ps_results_view, PS, RESULTS_VIEW, GtkWidget)

GtkWidget    *ps_results_view_new                 (void);

/* Shows @comparison (copied) and the chart of @sweep: @n_points day rates
 * from @from to @to, as ps_comparison_sweep () fills it. */
void          ps_results_view_update              (PsResultsView      *self,
                                                   const PsComparison *comparison,
                                                   double              from,
                                                   double              to,
                                                   int                 n_points,
                                                   const double       *sweep);
/* The rates of the comparisons to come (the cards' protection rows need
 * them); @params must outlive the view's updates. NULL hides the rows. */
void          ps_results_view_set_params          (PsResultsView      *self,
                                                   const PsParams     *params);
/* The rates @params come from, for the sources of the Protection section
 * (may be NULL); must outlive the view's updates. */
void          ps_results_view_set_rates           (PsResultsView      *self,
                                                   PsRates            *rates);
/* The realistic year the comparison is of (shown under the cards), or
 * NULL when it is off. */
void          ps_results_view_set_year            (PsResultsView      *self,
                                                   const PsYear       *year);
/* A GListModel of PsTipItem; the section is hidden when it is empty. */
void          ps_results_view_set_tips            (PsResultsView      *self,
                                                   GListModel         *tips);

/* The period of the amounts shown (cards, breakdown, tips); also the
 * property "period", "month" or "year". */
PsPeriod      ps_results_view_get_period          (PsResultsView      *self);
void          ps_results_view_set_period          (PsResultsView      *self,
                                                   PsPeriod            period);

PsStatus      ps_results_view_get_selected_status (PsResultsView      *self);
void          ps_results_view_set_selected_status (PsResultsView      *self,
                                                   PsStatus            status);

/* For tests and screenshots. */
PsStatusCard *ps_results_view_get_card            (PsResultsView      *self,
                                                   PsStatus            status);
PsChartView  *ps_results_view_get_chart           (PsResultsView      *self);
PsTargetGroup *ps_results_view_get_target_group   (PsResultsView      *self);
PsProtectionRow *ps_results_view_get_protection_row (PsResultsView   *self,
                                                    PsStatus         status);
PsProtectionDetails *ps_results_view_get_protection_details (PsResultsView *self);
PsMoneyChart  *ps_results_view_get_money_chart (PsResultsView      *self);
PsYearSummary *ps_results_view_get_year_summary   (PsResultsView      *self);
GListModel   *ps_results_view_get_lines           (PsResultsView      *self);
gboolean      ps_results_view_get_tips_visible    (PsResultsView      *self);
/* The engine's tips of every status (taken) and the combined plan: the
 * view shows those of the selected status, and follows the selection. */
void          ps_results_view_set_engine_tips     (PsResultsView      *self,
                                                   GPtrArray          *tips,
                                                   const PsTipsPlan   *plan);
/* The tips shown (PsTipItem), or NULL */
GListModel   *ps_results_view_get_tips            (PsResultsView      *self);

PsBreakdown  *ps_results_view_get_breakdown       (PsResultsView      *self);
/* The split of a company's profit under the breakdown: FALSE when the
 * selected status has none; else its note and the texts of the pay and
 * the dividends per year (the rows show them per month, the year under). */
gboolean      ps_results_view_get_split           (PsResultsView      *self,
                                                   const char        **note,
                                                   const char        **pay,
                                                   const char        **dividends);

/* Shows what is under the cards, hidden at start (after the first frame). */
void          ps_results_view_show_below_fold     (PsResultsView      *self);

G_END_DECLS
