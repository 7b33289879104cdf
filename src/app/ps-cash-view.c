/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cash-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-cash-view.h"

/* the payment delays offered, in the combo row's order */
static const double payment_days[] = { 0, 30, 45, 60 };

struct _PsCashView
{
  GtkWidget         parent_instance;

  /* template */
  AdwComboRow      *payment_row;
  GtkSwitch        *advance_switch;
  GtkSwitch        *quarterly_switch;
  PsCashChart      *chart;
  GtkGrid          *positive_grid;

  GtkLabel         *cells[PS_N_STATUSES][2];

  PsParams         *params;
  PsComparison     *comparison;     /* the window's, with the ACRE when eligible */
  gboolean          has_comparison;
  gboolean          dirty;          /* an update not computed yet (hidden) */
  PsCashflowInputs  inputs;
  PsCashflow       *cashflow;
  gboolean          has_cashflow;
  guint             updating;
};

G_DEFINE_FINAL_TYPE (PsCashView, ps_cash_view, GTK_TYPE_WIDGET)

GtkWidget *
ps_cash_view_new (void)
{
  return g_object_new (PS_TYPE_CASH_VIEW, NULL);
}

/* ------------------------------------------------------------ update */

static char *
positive_text (const PsCashflowStatus *st,
               const PsStatusResult   *r,
               gboolean                company)
{
  int month = company ? st->company_positive : st->person_positive;

  if (company && !st->has_company)
    /* Translators: no company account for this status */
    return g_strdup (C_("cash", "—"));
  if (!st->usable)
    {
      const char *why = ps_unusable_label (r->unusable);

      /* never marked: it can't be used */
      if (company)
        return g_strdup (C_("cash", "—"));
      /* Translators: a status that can't be used, then why */
      return why != NULL ? g_strdup_printf (_("Can’t be used: %s"), _(why))
                         : g_strdup (_("Can’t be used at this revenue"));
    }
  if (month > 0)
    /* Translators: the month of activity from which the cumulative cash
     * stays above zero, under “Cash turns positive” */
    return g_strdup_printf (_("Month %d"), month);
  return g_strdup (_("Not within the first year"));
}

static void
show (PsCashView *self)
{
  gboolean usable[PS_N_STATUSES];

  for (int k = 0; k < PS_N_STATUSES; k++)
    usable[k] = self->cashflow->statuses[k].usable;
  ps_cash_chart_set_data (self->chart, self->cashflow, usable);
  for (int k = 0; k < PS_N_STATUSES; k++)
    for (int a = 0; a < 2; a++)
      {
        g_autofree char *text = positive_text (&self->cashflow->statuses[k], &self->comparison->statuses[k], a == 1);

        if (g_strcmp0 (gtk_label_get_label (self->cells[k][a]), text) != 0)
          gtk_label_set_label (self->cells[k][a], text);
        if (usable[k])
          gtk_widget_remove_css_class (GTK_WIDGET (self->cells[k][a]), "dim-label");
        else
          gtk_widget_add_css_class (GTK_WIDGET (self->cells[k][a]), "dim-label");
      }
}

static void
recompute (PsCashView *self)
{
  if (!self->has_comparison)
    return;
  ps_cashflow_compute (self->params, self->comparison, &self->inputs, self->cashflow);
  self->has_cashflow = TRUE;
  self->dirty = FALSE;
  show (self);
}

void
ps_cash_view_update (PsCashView         *self,
                     const PsParams     *params,
                     const PsComparison *comparison)
{
  PsScenario s;

  g_return_if_fail (PS_IS_CASH_VIEW (self));
  g_return_if_fail (params != NULL && comparison != NULL);

  *self->params = *params;
  self->has_comparison = TRUE;
  self->dirty = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* hidden: the comparison is kept, computed once shown */
      *self->comparison = *comparison;
      return;
    }
  /* the first year: the ACRE when the user is eligible (as the
   * projection and `portage-cli cashflow`) */
  s = comparison->scenario;
  if (s.acre_eligible && !s.micro_acre)
    {
      s.micro_acre = TRUE;
      ps_comparison_compute (self->params, &s, self->comparison);
    }
  else
    *self->comparison = *comparison;
  recompute (self);
}

static void
ps_cash_view_map (GtkWidget *widget)
{
  PsCashView *self = PS_CASH_VIEW (widget);

  GTK_WIDGET_CLASS (ps_cash_view_parent_class)->map (widget);
  if (self->dirty)
    {
      g_autofree PsComparison *kept = g_memdup2 (self->comparison, sizeof *self->comparison);

      ps_cash_view_update (self, self->params, kept);
    }
}

static void
inputs_changed_cb (PsCashView *self)
{
  guint i = adw_combo_row_get_selected (self->payment_row);

  if (self->updating > 0)
    return;
  if (i < G_N_ELEMENTS (payment_days))
    self->inputs.payment_days = payment_days[i];
  self->inputs.salary_advance = gtk_switch_get_active (self->advance_switch);
  self->inputs.micro_quarterly = gtk_switch_get_active (self->quarterly_switch);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
  else
    self->dirty = self->has_comparison;
}

/* ------------------------------------------------------------ accessors */

const PsCashflow *
ps_cash_view_get_cashflow (PsCashView *self)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  return self->has_cashflow ? self->cashflow : NULL;
}

void
ps_cash_view_get_inputs (PsCashView       *self,
                         PsCashflowInputs *out)
{
  g_return_if_fail (PS_IS_CASH_VIEW (self) && out != NULL);
  *out = self->inputs;
}

PsCashChart *
ps_cash_view_get_chart (PsCashView *self)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  return self->chart;
}

GtkWidget *
ps_cash_view_get_payment_row (PsCashView *self)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  return GTK_WIDGET (self->payment_row);
}

GtkWidget *
ps_cash_view_get_advance_switch (PsCashView *self)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  return GTK_WIDGET (self->advance_switch);
}

GtkWidget *
ps_cash_view_get_quarterly_switch (PsCashView *self)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  return GTK_WIDGET (self->quarterly_switch);
}

const char *
ps_cash_view_get_positive_text (PsCashView *self,
                                PsStatus    status,
                                gboolean    company)
{
  g_return_val_if_fail (PS_IS_CASH_VIEW (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return gtk_label_get_label (self->cells[status][company ? 1 : 0]);
}

/* ------------------------------------------------------------ GObject */

static GtkWidget *
cell_label (const char *text,
            gboolean    header,
            gboolean    first)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), first ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), first ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
  gtk_widget_set_hexpand (label, !first);
  if (!first)
    gtk_label_set_width_chars (GTK_LABEL (label), 9);
  if (header)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_END);
    }
  return label;
}

/* Positive from: a row per status, your account and the company's. */
static void
build_grid (PsCashView *self)
{
  gtk_grid_attach (self->positive_grid, cell_label (_("Cash turns positive"), TRUE, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (self->positive_grid, cell_label (_("Your account"), TRUE, FALSE), 1, 0, 1, 1);
  gtk_grid_attach (self->positive_grid, cell_label (_("Company’s account"), TRUE, FALSE), 2, 0, 1, 1);
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      GtkWidget *name = cell_label (_(ps_status_name (k)), FALSE, TRUE);

      gtk_grid_attach (self->positive_grid, name, 0, k + 1, 1, 1);
      for (int a = 0; a < 2; a++)
        {
          GtkWidget *cell = cell_label ("", FALSE, FALSE);

          gtk_widget_add_css_class (cell, "numeric");
          gtk_grid_attach (self->positive_grid, cell, a + 1, k + 1, 1, 1);
          self->cells[k][a] = GTK_LABEL (cell);
        }
    }
}

static void
ps_cash_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_CASH_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_cash_view_parent_class)->dispose (object);
}

static void
ps_cash_view_finalize (GObject *object)
{
  PsCashView *self = PS_CASH_VIEW (object);

  g_free (self->params);
  g_free (self->comparison);
  g_free (self->cashflow);
  G_OBJECT_CLASS (ps_cash_view_parent_class)->finalize (object);
}

static void
ps_cash_view_class_init (PsCashViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_cash_view_dispose;
  object_class->finalize = ps_cash_view_finalize;
  widget_class->map = ps_cash_view_map;

  g_type_ensure (PS_TYPE_CASH_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-cash-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PsCashView, payment_row);
  gtk_widget_class_bind_template_child (widget_class, PsCashView, advance_switch);
  gtk_widget_class_bind_template_child (widget_class, PsCashView, quarterly_switch);
  gtk_widget_class_bind_template_child (widget_class, PsCashView, chart);
  gtk_widget_class_bind_template_child (widget_class, PsCashView, positive_grid);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_cash_view_init (PsCashView *self)
{
  guint selected = 0;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->params = g_new0 (PsParams, 1);
  self->comparison = g_new0 (PsComparison, 1);
  self->cashflow = g_new0 (PsCashflow, 1);
  ps_cashflow_inputs_init (&self->inputs);
  build_grid (self);

  /* the defaults of `portage-cli cashflow` */
  for (guint i = 0; i < G_N_ELEMENTS (payment_days); i++)
    if (fabs (payment_days[i] - self->inputs.payment_days) < fabs (payment_days[selected] - self->inputs.payment_days))
      selected = i;
  self->updating++;
  adw_combo_row_set_selected (self->payment_row, selected);
  gtk_switch_set_active (self->advance_switch, self->inputs.salary_advance);
  gtk_switch_set_active (self->quarterly_switch, self->inputs.micro_quarterly);
  self->updating--;
  self->inputs.payment_days = payment_days[selected];

  g_signal_connect_object (self->payment_row, "notify::selected", G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->advance_switch, "notify::active", G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quarterly_switch, "notify::active", G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
}
