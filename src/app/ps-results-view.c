/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-results-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-breakdown.h"
#include "ps-flow-rows.h"
#include "ps-line-item.h"
#include "ps-line-rate.h"
#include "ps-money.h"
#include "ps-money-chart.h"
#include "ps-period.h"
#include "ps-protection-details.h"
#include "ps-rights.h"
#include "ps-results-view.h"
#include "ps-status-flow.h"
#include "ps-status-summary.h"
#include "ps-target-group.h"
#include "ps-suffix-box.h"
#include "ps-tip-item.h"
#include "ps-tip-list.h"
#include "ps-year-summary.h"

struct _PsResultsView
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkFlowBox        *cards;
  GtkWidget         *warnings_box;
  GtkWidget         *below_fold;     /* shown after the first frame */
  PsChartView       *chart;
  PsTargetGroup     *target_group;
  GtkLabel          *details_title;
  GtkListBox        *summary_list;
  PsBreakdown       *breakdown;
  GListStore        *lines_store;   /* the breakdown's */
  GtkWidget         *tips_group;
  GtkListBox        *tips_list;
  PsProtectionDetails *protection_details;
  PsYearSummary     *year_summary;
  PsMoneyChart      *money_chart;    /* where the money goes, under the breakdown */

  PsStatusCard      *status_cards[PS_N_STATUSES];
  PsProtectionRow   *protection_rows[PS_N_STATUSES];
  const PsParams    *params;         /* the window's: for the rights */
  PsRates           *rates;          /* the window's: for their sources */
  GHashTable        *flow_notes;     /* subtitles of the flow's rows, by step id */
  const char        *split_note;     /* for ps_results_view_get_split () */
  char              *pay_yearly_text;
  char              *pay_other_text;  /* the pay over the period not shown */
  char              *dividends_yearly_text;

  guint              details_idle;
  PsComparison      *comparison;   /* a copy of the last one shown */
  gboolean           has_comparison;
  PsStatus           selected;
  PsPeriod           period;       /* of the amounts shown */
  GtkToggleButton   *month_button;
  GtkToggleButton   *year_button;
  GPtrArray         *engine_tips;  /* every status's (PsTip), best first */
  PsTipsPlan         plan;
  GListModel        *tips;         /* those shown: the selected status's */
};

G_DEFINE_FINAL_TYPE (PsResultsView, ps_results_view, GTK_TYPE_WIDGET)

GtkWidget *
ps_results_view_new (void)
{
  return g_object_new (PS_TYPE_RESULTS_VIEW, NULL);
}

/* ------------------------------------------------------------ details */

/* The words of each status: a CDI's first figure is what the employer
 * spends; the self-employed (micro, EURL's gérant) pay their own
 * contributions, with no employee and employer sides. */
static void
update_headings (PsResultsView         *self,
                 const PsStatusSummary *sum)
{
  gboolean self_employed = self->selected == PS_STATUS_MICRO || self->selected == PS_STATUS_EURL;

  ps_breakdown_set_headings (self->breakdown, self_employed ? _("Rate") : _("Employee rate"),
                             /* Translators: a column of the breakdown: the amount of a contribution */
                             self_employed ? C_("breakdown", "Amount") : _("Employee"),
                             !self_employed || sum->employer_total != 0);
}

/* SASU and EURL: the pay and the dividends the engine's figures rest on,
 * and whether the split is the best one or the one typed: notes under
 * their rows of the flow, with the other period; the net's too. */
static void
update_notes (PsResultsView         *self,
              const PsStatusSummary *sum)
{
  gboolean sasu = self->selected == PS_STATUS_SASU;
  gboolean yearly = self->period == PS_PERIOD_YEAR;
  const char *note;

  g_hash_table_remove_all (self->flow_notes);
  {
    g_autofree char *other = ps_format_money_display (yearly ? sum->net_after_tax : sum->net_after_tax_yearly);

    g_hash_table_insert (self->flow_notes, (char *) "net",
                         yearly
                         /* Translators: %s is an amount per month */
                         ? g_strdup_printf (_("%s a month"), other)
                         /* Translators: %s is an amount per year */
                         : g_strdup_printf (_("%s a year"), other));
  }
  g_clear_pointer (&self->pay_yearly_text, g_free);
  g_clear_pointer (&self->dividends_yearly_text, g_free);
  self->split_note = NULL;
  if (!sum->has_split)
    return;

  {
    g_autofree char *pay = ps_format_money_display (sum->pay_yearly);
    g_autofree char *dividends = ps_format_money_display (sum->dividends_yearly);
    g_autofree char *pay_month = ps_format_money_display (sum->pay);
    g_autofree char *dividends_month = ps_format_money_display (sum->dividends);

    /* Translators: %s is an amount per year */
    self->pay_yearly_text = g_strdup_printf (_("%s a year"), pay);
    self->dividends_yearly_text = g_strdup_printf (_("%s a year"), dividends);
    g_free (self->pay_other_text);
    /* Translators: %s is an amount per month */
    self->pay_other_text = yearly ? g_strdup_printf (_("%s a month"), pay_month) : g_strdup (self->pay_yearly_text);
    g_autofree char *dividends_other = yearly ? g_strdup_printf (_("%s a month"), dividends_month)
                                              : g_strdup (self->dividends_yearly_text);

    g_hash_table_insert (self->flow_notes, (char *) "dividends",
                         g_strdup_printf ("%s\n%s", _("The profit left after the corporate tax, distributed"),
                                          dividends_other));
  }
  if (sum->pay_capped)
    note = sasu ? _("Your salary, cut to what the company earns")
                : _("Your remuneration, cut to what the company earns");
  else if (sum->split_typed)
    note = sasu ? _("Your salary, set in the inputs")
                : _("Your remuneration, set in the inputs");
  else
    note = _("Best split: the one that leaves you the most net");
  g_hash_table_insert (self->flow_notes, (char *) "pay", g_strdup_printf ("%s\n%s", note, self->pay_other_text));
  self->split_note = note;
}

static void
update_details (PsResultsView *self)
{
  const PsStatusResult *r;
  PsStatusSummary month_sum, sum;
  gboolean yearly = self->period == PS_PERIOD_YEAR;
  g_autofree char *title = NULL;
  g_autoptr (GPtrArray) items = NULL;

  if (!self->has_comparison)
    return;

  r = &self->comparison->statuses[self->selected];
  ps_status_summary (self->comparison, self->selected, &month_sum);
  ps_period_summary (self->period, &month_sum, &sum);

  title = yearly
          /* Translators: %s is a status, “Portage salarial” */
          ? g_strdup_printf (_("%s: Breakdown per Year"), _(ps_status_name (self->selected)))
          /* Translators: %s is a status, “Portage salarial” */
          : g_strdup_printf (_("%s: Breakdown per Month"), _(ps_status_name (self->selected)));
  gtk_label_set_label (self->details_title, title);

  update_headings (self, &sum);
  update_notes (self, &month_sum);
  {
    PsStatusFlow flow;

    ps_status_flow (self->comparison, self->selected, &flow);
    ps_flow_rows_fill (self->summary_list, &flow, self->period, self->flow_notes);
  }
  ps_money_chart_update (self->money_chart, self->comparison, self->selected, self->period);

  /* what the year protects, with the rules and their sources */
  gtk_widget_set_visible (GTK_WIDGET (self->protection_details), self->params != NULL);
  if (self->params != NULL)
    {
      PsRights rights;

      ps_rights_compute (self->params, self->comparison, self->selected, &rights);
      ps_protection_details_update (self->protection_details, self->params, self->rates, &rights, self->period);
    }

  /* the contributions, their total; the taxes (IS, on dividends, the
   * versement libératoire) under a heading of their own, with their
   * total; the health budget paid from the net, which is neither. Made
   * again each time: the order is not the engine's. */
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (int group = 0; group < 3; group++)
    {
      gboolean any = FALSE;

      for (int i = 0; i < r->n_lines; i++)
        {
          gboolean health = g_strcmp0 (r->lines[i].id, "health_budget") == 0;
          int line_group = health ? 2 : ps_line_is_tax (&r->lines[i]) ? 1 : 0;
          PsLine line;

          if (line_group != group)
            continue;
          if (!any && group == 1)
            g_ptr_array_add (items, ps_line_item_new_heading (_("Taxes (not contributions)"), _("Rate"),
                                                              C_("breakdown", "Amount")));
          else if (!any && group == 2)
            g_ptr_array_add (items, ps_line_item_new_heading (_("Paid from the net (not a contribution)"), "",
                                                              C_("breakdown", "Amount")));
          any = TRUE;
          ps_period_line (self->period, &r->lines[i], &line);
          g_ptr_array_add (items, ps_line_item_new (&line));
          /* the taxes' rates (the IS's brackets, the PFU's part), from
           * the rates in force */
          {
            g_autofree char *rate = ps_line_rate_text (self->params, self->comparison, self->selected, &r->lines[i]);

            ps_line_item_set_employee_rate (items->pdata[items->len - 1], rate);
          }
          /* not an employee's: under its section's heading */
          if (group > 0)
            ps_line_item_set_amount_caption (items->pdata[items->len - 1], C_("breakdown", "Amount"));
        }
      if (group == 0)
        g_ptr_array_add (items, ps_line_item_new_total (_("Total contributions"),
                                                        sum.employee_total, sum.employer_total, self->period));
      else if (group == 1 && any)
        {
          g_ptr_array_add (items, ps_line_item_new_total (_("Total taxes"), sum.taxes_total, 0, self->period));
          ps_line_item_set_amount_caption (items->pdata[items->len - 1], C_("breakdown", "Amount"));
        }
    }
  /* the same rows as shown (a keystroke): update them in place, which
   * keeps the table's rows; otherwise (another status) replace them */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->lines_store)) == items->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < items->len && same; i++)
        {
          g_autoptr (PsLineItem) shown = g_list_model_get_item (G_LIST_MODEL (self->lines_store), i);

          same = g_strcmp0 (ps_line_item_get_id (shown), ps_line_item_get_id (items->pdata[i])) == 0
                 && (!g_str_equal (ps_line_item_get_id (shown), "total")
                     || g_strcmp0 (ps_line_item_get_label (shown), ps_line_item_get_label (items->pdata[i])) == 0);
        }
      if (same)
        {
          for (guint i = 0; i < items->len; i++)
            {
              g_autoptr (PsLineItem) shown = g_list_model_get_item (G_LIST_MODEL (self->lines_store), i);

              ps_line_item_copy_from (shown, items->pdata[i]);
            }
          return;
        }
    }
  g_list_store_splice (self->lines_store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines_store)),
                       items->pdata, items->len);
}

static gboolean
details_idle_cb (gpointer user_data)
{
  PsResultsView *self = user_data;

  self->details_idle = 0;
  update_details (self);
  return G_SOURCE_REMOVE;
}

/* The tips (and the combined plan) follow the selected status. */
static void
refresh_tips (PsResultsView *self)
{
  g_autoptr (GListModel) tips = NULL;

  if (self->engine_tips == NULL)
    return;
  tips = ps_tips_for_status (self->engine_tips, &self->plan, self->selected, self->period);
  ps_results_view_set_tips (self, tips);
}

static void
card_selected_cb (PsResultsView *self,
                  GtkFlowBox    *box)
{
  g_autoptr (GList) selected = gtk_flow_box_get_selected_children (box);

  if (selected == NULL)
    return;
  for (int i = 0; i < PS_N_STATUSES; i++)
    if (gtk_flow_box_child_get_child (selected->data) == GTK_WIDGET (self->status_cards[i]))
      {
        if (self->selected != (PsStatus) i)
          {
            self->selected = i;
            update_details (self);
            refresh_tips (self);
          }
        return;
      }
}

/* Before the card's children see the press: the selectable amount claims
 * it for its text, and the flow box would never see it. Not claimed, so
 * the amount can still be selected. */
static void
card_pressed_cb (PsResultsView *self,
                 int            n_press,
                 double         x,
                 double         y,
                 GtkGesture    *gesture)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  ps_results_view_set_selected_status (self, ps_status_card_get_status (PS_STATUS_CARD (card)));
}

PsStatus
ps_results_view_get_selected_status (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), 0);
  return self->selected;
}

void
ps_results_view_set_selected_status (PsResultsView *self,
                                     PsStatus       status)
{
  GtkWidget *child;

  g_return_if_fail (PS_IS_RESULTS_VIEW (self));
  g_return_if_fail (status < PS_N_STATUSES);

  child = gtk_widget_get_parent (GTK_WIDGET (self->status_cards[status]));
  gtk_flow_box_select_child (self->cards, GTK_FLOW_BOX_CHILD (child));
  if (self->selected != status)
    {
      self->selected = status;
      update_details (self);
      refresh_tips (self);
    }
}

/* ------------------------------------------------------------ update */

static void
update_warnings (PsResultsView *self)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  char **messages;
  GtkWidget *child;

  /* every status's warnings, named but for portage's own */
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      g_auto (GStrv) these = ps_comparison_warnings (self->comparison, s);

      for (int k = 0; these[k] != NULL; k++)
        g_ptr_array_add (all, s == PS_STATUS_PORTAGE ? g_strdup (these[k])
                                                     /* Translators: a status, then its warning */
                                                     : g_strdup_printf (_("%s: %s"), _(ps_status_name (s)), these[k]));
    }
  g_ptr_array_add (all, NULL);
  messages = (char **) all->pdata;

  while ((child = gtk_widget_get_first_child (self->warnings_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->warnings_box), child);
  for (int i = 0; messages[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (messages[i]);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (self->warnings_box), row);
    }
  gtk_widget_set_visible (self->warnings_box, messages[0] != NULL);
}

void
ps_results_view_update (PsResultsView      *self,
                        const PsComparison *comparison,
                        double              from,
                        double              to,
                        int                 n_points,
                        const double       *sweep)
{
  const char *names[PS_N_STATUSES + 1];
  double marker_values[PS_N_STATUSES];

  g_return_if_fail (PS_IS_RESULTS_VIEW (self));
  g_return_if_fail (comparison != NULL);

  *self->comparison = *comparison;
  self->has_comparison = TRUE;

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsStatusSummary sum;

      ps_status_summary (comparison, i, &sum);
      ps_status_card_update (self->status_cards[i], &sum, self->period);
      gtk_widget_set_visible (GTK_WIDGET (self->protection_rows[i]), self->params != NULL);
      if (self->params != NULL)
        {
          PsRights rights;

          ps_rights_compute (self->params, comparison, i, &rights);
          ps_protection_row_update (self->protection_rows[i], &rights, self->period);
        }
      names[i] = _(ps_status_name (i));
      /* a status that can't be used has no point on the chart */
      marker_values[i] = sum.eligible ? sum.net_after_tax : NAN;
    }
  names[PS_N_STATUSES] = NULL;

  update_warnings (self);
  if (self->params != NULL)
    ps_target_group_update (self->target_group, self->params, &comparison->scenario);
  ps_chart_view_set_data (self->chart, from, to, n_points, PS_N_STATUSES, sweep, names,
                          comparison->scenario.tjm, marker_values);
  /* micro's curve stops at its ceiling: mark it with its day rate */
  {
    double limit = ps_status_limit_tjm (comparison, PS_STATUS_MICRO);
    g_autofree char *tjm = isfinite (limit) ? ps_chart_format_euros (limit) : NULL;
    /* Translators: on the chart, where the micro-entreprise's curve stops: its ceiling as a day rate */
    g_autofree char *label = tjm != NULL ? g_strdup_printf (_("Micro ceiling: %s"), tjm) : NULL;

    ps_chart_view_set_limit (self->chart, PS_STATUS_MICRO, limit, label);
  }

  /* The table is below the fold: the first time, fill it once the window
   * has painted (a start-up of ~30 ms less); then on every update. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->lines_store)) == 0 && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      if (self->details_idle == 0)
        self->details_idle = g_idle_add_full (G_PRIORITY_LOW, details_idle_cb, self, NULL);
    }
  else
    update_details (self);
}

/* ------------------------------------------------------------ tips */

/* A wrapped label styled as a row's title or subtitle */
static GtkWidget *
tip_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, style);
  return label;
}

/* A row as an AdwActionRow draws it (title, description, the gain on
 * the right), laid out by a PsSuffixBox: in an AdwActionRow the long
 * descriptions took ~0.2 s to lay out, at start-up and on every
 * keystroke, as the list is made again with each result. */
static GtkWidget *
create_tip_row (gpointer item,
                gpointer user_data)
{
  PsResultsView *self = user_data;
  PsTipItem *tip = item;
  g_autofree char *gain = ps_format_money_display (ps_period_amount (self->period,
                                                                    ps_tip_item_get_gain_monthly (tip)));
  g_autofree char *text = self->period == PS_PERIOD_YEAR
                          /* Translators: the gain of a tip, “+1 440,00 € a year” */
                          ? g_strdup_printf (_("+%s a year"), gain)
                          /* Translators: the gain of a tip, “+120,00 € a month” */
                          : g_strdup_printf (_("+%s a month"), gain);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = tip_label (ps_tip_item_get_title (tip), "title");
  GtkWidget *description = tip_label (ps_tip_item_get_description (tip), "subtitle");
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *box;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (titles, 6);
  gtk_widget_set_margin_bottom (titles, 6);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), description);
  gtk_widget_add_css_class (label, "success");
  gtk_widget_add_css_class (label, "numeric");
  box = ps_suffix_box_new (titles, label);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_size_request (box, -1, 50);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, description, NULL,
                                  -1);
  return row;
}

void
ps_results_view_set_tips (PsResultsView *self,
                          GListModel    *tips)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));

  if (tips != NULL)
    g_object_ref (tips);
  g_clear_object (&self->tips);
  self->tips = tips;
  gtk_list_box_bind_model (self->tips_list, tips, create_tip_row, self, NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->tips_group),
                                         self->period == PS_PERIOD_YEAR
                                         ? _("Ways to keep more, with what each one gains per year")
                                         : _("Ways to keep more, with what each one gains per month"));
  gtk_widget_set_visible (self->tips_group, tips != NULL && g_list_model_get_n_items (tips) > 0);
}

void
ps_results_view_set_engine_tips (PsResultsView    *self,
                                 GPtrArray        *tips,
                                 const PsTipsPlan *plan)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));

  g_clear_pointer (&self->engine_tips, g_ptr_array_unref);
  self->engine_tips = tips;
  if (plan != NULL)
    self->plan = *plan;
  else
    memset (&self->plan, 0, sizeof self->plan);
  refresh_tips (self);
}

GListModel *
ps_results_view_get_tips (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->tips;
}

gboolean
ps_results_view_get_tips_visible (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), FALSE);
  return gtk_widget_get_visible (self->tips_group);
}

/* ------------------------------------------------------------ period */

enum {
  PROP_0,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PsPeriod
ps_results_view_get_period (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), PS_PERIOD_MONTH);
  return self->period;
}

/* The cards, the breakdown and the tips over @period, from the figures
 * already there. */
void
ps_results_view_set_period (PsResultsView *self,
                            PsPeriod       period)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));

  if (self->period == period)
    return;
  self->period = period;
  gtk_toggle_button_set_active (period == PS_PERIOD_YEAR ? self->year_button : self->month_button, TRUE);
  /* the chart, the realistic year: from what they have */
  ps_chart_view_set_period (self->chart, period);
  ps_year_summary_set_period (self->year_summary, period);
  ps_target_group_set_period (self->target_group, period);
  if (self->has_comparison)
    {
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          PsStatusSummary sum;

          ps_status_summary (self->comparison, i, &sum);
          ps_status_card_update (self->status_cards[i], &sum, period);
          if (self->params != NULL)
            {
              PsRights rights;

              ps_rights_compute (self->params, self->comparison, i, &rights);
              ps_protection_row_update (self->protection_rows[i], &rights, period);
            }
        }
      /* every line again, the totals' tooltips with them; unless the
       * first fill is still to come */
      if (self->details_idle == 0)
        {
          g_list_store_remove_all (self->lines_store);
          update_details (self);
        }
    }
  /* the plan's parts in the descriptions too */
  if (self->engine_tips != NULL)
    refresh_tips (self);
  else if (self->tips != NULL)
    ps_results_view_set_tips (self, self->tips);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

static void
period_toggled_cb (PsResultsView   *self,
                   GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    ps_results_view_set_period (self, button == self->year_button ? PS_PERIOD_YEAR : PS_PERIOD_MONTH);
}

static void
ps_results_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PsResultsView *self = PS_RESULTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_string (value, ps_period_id (self->period));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ps_results_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PsResultsView *self = PS_RESULTS_VIEW (object);
  PsPeriod period;

  switch (prop_id)
    {
    case PROP_PERIOD:
      /* an unknown value (a hand-edited setting): per month */
      ps_period_from_id (g_value_get_string (value), &period);
      ps_results_view_set_period (self, period);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ------------------------------------------------------------ accessors */

PsStatusCard *
ps_results_view_get_card (PsResultsView *self,
                          PsStatus       status)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return self->status_cards[status];
}

void
ps_results_view_set_params (PsResultsView  *self,
                            const PsParams *params)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));
  self->params = params;
}

void
ps_results_view_set_rates (PsResultsView *self,
                           PsRates       *rates)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));
  self->rates = rates;
}

void
ps_results_view_set_year (PsResultsView *self,
                          const PsYear  *year)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->year_summary), year != NULL);
  if (year != NULL)
    ps_year_summary_update (self->year_summary, year);
}

PsYearSummary *
ps_results_view_get_year_summary (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->year_summary;
}

PsMoneyChart *
ps_results_view_get_money_chart (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->money_chart;
}

PsProtectionDetails *
ps_results_view_get_protection_details (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->protection_details;
}

PsProtectionRow *
ps_results_view_get_protection_row (PsResultsView *self,
                                    PsStatus       status)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return self->protection_rows[status];
}

PsTargetGroup *
ps_results_view_get_target_group (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->target_group;
}

PsBreakdown *
ps_results_view_get_breakdown (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->breakdown;
}

PsChartView *
ps_results_view_get_chart (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return self->chart;
}

GListModel *
ps_results_view_get_lines (PsResultsView *self)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), NULL);
  return G_LIST_MODEL (self->lines_store);
}

gboolean
ps_results_view_get_split (PsResultsView  *self,
                           const char    **note,
                           const char    **pay,
                           const char    **dividends)
{
  g_return_val_if_fail (PS_IS_RESULTS_VIEW (self), FALSE);

  if (self->split_note == NULL)
    return FALSE;
  if (note != NULL)
    *note = self->split_note;
  if (pay != NULL)
    *pay = self->pay_yearly_text;
  if (dividends != NULL)
    *dividends = self->dividends_yearly_text;
  return TRUE;
}

/* ------------------------------------------------------------ GObject */

/* What is under the cards (the chart, the breakdown, the money chart, the
 * protection, the tips) is hidden until the window's first frame is
 * drawn: the first layout measures and shapes none of it. */
void
ps_results_view_show_below_fold (PsResultsView *self)
{
  g_return_if_fail (PS_IS_RESULTS_VIEW (self));
  gtk_widget_set_visible (self->below_fold, TRUE);
}

static void
ps_results_view_dispose (GObject *object)
{
  PsResultsView *self = PS_RESULTS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->details_idle, g_source_remove);
  g_clear_object (&self->tips);
  g_clear_pointer (&self->engine_tips, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_RESULTS_VIEW);
  /* the template's root child is not bound: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_results_view_parent_class)->dispose (object);
}

static void
ps_results_view_finalize (GObject *object)
{
  PsResultsView *self = PS_RESULTS_VIEW (object);

  g_free (self->comparison);
  g_free (self->pay_yearly_text);
  g_free (self->pay_other_text);
  g_free (self->dividends_yearly_text);
  g_hash_table_unref (self->flow_notes);
  G_OBJECT_CLASS (ps_results_view_parent_class)->finalize (object);
}

static void
ps_results_view_class_init (PsResultsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_results_view_dispose;
  object_class->finalize = ps_results_view_finalize;
  object_class->get_property = ps_results_view_get_property;
  object_class->set_property = ps_results_view_set_property;

  /* "month" or "year": the settings key "results-period" */
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, "month",
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                 | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PS_TYPE_CHART_VIEW);
  g_type_ensure (PS_TYPE_TARGET_GROUP);
  g_type_ensure (PS_TYPE_BREAKDOWN);
  g_type_ensure (PS_TYPE_PROTECTION_DETAILS);
  g_type_ensure (PS_TYPE_YEAR_SUMMARY);
  g_type_ensure (PS_TYPE_MONEY_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-results-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, cards);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, below_fold);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, chart);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, target_group);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, details_title);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, summary_list);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, breakdown);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, month_button);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, year_button);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, tips_group);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, tips_list);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, protection_details);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, year_summary);
  gtk_widget_class_bind_template_child (widget_class, PsResultsView, money_chart);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_results_view_init (PsResultsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->comparison = g_new0 (PsComparison, 1);

  self->lines_store = ps_breakdown_get_store (self->breakdown);
  self->period = PS_PERIOD_MONTH;
  g_signal_connect_object (self->month_button, "toggled", G_CALLBACK (period_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_button, "toggled", G_CALLBACK (period_toggled_cb), self, G_CONNECT_SWAPPED);

  /* a card per status: new statuses of the engine appear by themselves */
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      GtkGesture *click = gtk_gesture_click_new ();

      self->status_cards[i] = PS_STATUS_CARD (ps_status_card_new (i));
      self->protection_rows[i] = PS_PROTECTION_ROW (ps_protection_row_new ());
      gtk_widget_set_visible (GTK_WIDGET (self->protection_rows[i]), FALSE);
      ps_status_card_add_footer (self->status_cards[i], GTK_WIDGET (self->protection_rows[i]));
      gtk_flow_box_append (self->cards, GTK_WIDGET (self->status_cards[i]));
      /* a click anywhere on the card selects it */
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
      g_signal_connect_object (click, "pressed", G_CALLBACK (card_pressed_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (self->status_cards[i]), GTK_EVENT_CONTROLLER (click));
    }
  self->selected = PS_STATUS_REFERENCE;
  gtk_flow_box_select_child (self->cards,
                             GTK_FLOW_BOX_CHILD (gtk_widget_get_parent (GTK_WIDGET (self->status_cards[self->selected]))));
  g_signal_connect_object (self->cards, "selected-children-changed",
                           G_CALLBACK (card_selected_cb), self, G_CONNECT_SWAPPED);

  self->flow_notes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}
