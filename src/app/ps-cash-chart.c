/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cash-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-cash-chart.h"
#include "ps-chart-steps.h"
#include "ps-chart-legend.h"
#include "ps-chart-view.h"
#include "ps-money.h"

#define PAD PS_CHART_LEGEND_PAD
#define N_MONTHS PS_CASHFLOW_MONTHS

struct _PsCashChart
{
  GtkWidget parent_instance;

  gboolean  has_data;
  double    values[PS_N_STATUSES][2][N_MONTHS];   /* [status][company][month]; NAN: no account */
  int       markers[PS_N_STATUSES][2];
  gboolean  usable[PS_N_STATUSES];
};

G_DEFINE_FINAL_TYPE (PsCashChart, ps_cash_chart, GTK_TYPE_WIDGET)

GtkWidget *
ps_cash_chart_new (void)
{
  return g_object_new (PS_TYPE_CASH_CHART, NULL);
}

static void
update_accessible (PsCashChart *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int s = 0; self->has_data && s < PS_N_STATUSES; s++)
    {
      g_autofree char *amount = ps_chart_format_euros (self->values[s][0][N_MONTHS - 1]);

      if (!self->usable[s])
        /* Translators: a status */
        g_string_append_printf (text, _("%s: can’t be used at this revenue."), _(ps_status_name (s)));
      else if (self->markers[s][0] > 0)
        /* Translators: a status, an amount, a month number */
        g_string_append_printf (text, _("%s: %s by the twelfth month, positive from month %d."),
                                _(ps_status_name (s)), amount, self->markers[s][0]);
      else
        /* Translators: a status, an amount */
        g_string_append_printf (text, _("%s: %s by the twelfth month, not positive within the year."),
                                _(ps_status_name (s)), amount);
      g_string_append_c (text, ' ');
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cumulative cash month by month, the first year"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

void
ps_cash_chart_set_data (PsCashChart      *self,
                        const PsCashflow *cf,
                        const gboolean    usable[PS_N_STATUSES])
{
  g_return_if_fail (PS_IS_CASH_CHART (self));
  g_return_if_fail (cf == NULL || usable != NULL);

  self->has_data = cf != NULL;
  for (int s = 0; cf != NULL && s < PS_N_STATUSES; s++)
    {
      const PsCashflowStatus *st = &cf->statuses[s];

      self->usable[s] = usable[s];
      for (int m = 0; m < N_MONTHS; m++)
        {
          self->values[s][0][m] = st->person[m].cumulative;
          self->values[s][1][m] = st->has_company ? st->company[m].cumulative : NAN;
        }
      /* a status that can't be used is never marked */
      self->markers[s][0] = usable[s] ? st->person_positive : 0;
      self->markers[s][1] = usable[s] && st->has_company ? st->company_positive : 0;
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
ps_cash_chart_get_value (PsCashChart *self,
                         PsStatus     status,
                         gboolean     company,
                         int          month)
{
  g_return_val_if_fail (PS_IS_CASH_CHART (self), NAN);
  g_return_val_if_fail (status < PS_N_STATUSES && month >= 0 && month < N_MONTHS, NAN);
  return self->has_data ? self->values[status][company ? 1 : 0][month] : NAN;
}

int
ps_cash_chart_get_marker (PsCashChart *self,
                          PsStatus     status,
                          gboolean     company)
{
  g_return_val_if_fail (PS_IS_CASH_CHART (self), 0);
  g_return_val_if_fail (status < PS_N_STATUSES, 0);
  return self->has_data ? self->markers[status][company ? 1 : 0] : 0;
}

static const double company_dash[] = { 6, 4 };

/* The legend: the statuses, then the company's dashes; returns its
 * height. */
static double
draw_legend (PsCashChart   *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             double         width,
             gboolean       draw)
{
  PsChartLegendEntry entries[PS_N_STATUSES + 1] = { { 0 } };

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      entries[s].label = _(ps_status_name (s));
      ps_chart_series_color (s, &entries[s].color);
    }
  entries[PS_N_STATUSES].label = _("Company’s account");
  entries[PS_N_STATUSES].dashed = TRUE;
  return ps_chart_legend_draw (GTK_WIDGET (self), cr, fg, width, entries, G_N_ELEMENTS (entries), draw);
}

static void
draw_steps (PsCashChart        *self,
            cairo_t            *cr,
            const PsChartScale *scale,
            const GdkRGBA      *fg,
            int                 s,
            int                 account)
{
  double xs[2 * N_MONTHS], ys[2 * N_MONTHS];
  int n = ps_chart_steps (scale, self->values[s][account], N_MONTHS, xs, ys);
  GdkRGBA color;

  if (n == 0)
    return;
  ps_chart_series_color (s, &color);
  if (self->usable[s])
    {
      ps_chart_legend_set_color (cr, &color, 1);
      cairo_set_line_width (cr, account == 0 ? 2.5 : 2);
    }
  else
    {
      const double dots[] = { 1, 3 };

      /* can't be used: thin, grey, dotted */
      ps_chart_legend_set_color (cr, fg, 0.4);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
    }
  if (account == 1 && self->usable[s])
    cairo_set_dash (cr, company_dash, G_N_ELEMENTS (company_dash), 0);
  cairo_move_to (cr, xs[0], ys[0]);
  for (int i = 1; i < n; i++)
    cairo_line_to (cr, xs[i], ys[i]);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
ps_cash_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PsCashChart *self = PS_CASH_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  double flat[PS_N_STATUSES * 2 * N_MONTHS + 1];
  PsChartAxis x_axis, y_axis;
  PsChartRect area;
  PsChartScale scale;
  GdkRGBA fg;
  cairo_t *cr;
  double lo, hi, legend_h, label_h = 0;
  int n = 0;

  if (width < 40 || height < 40 || !self->has_data)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (int s = 0; s < PS_N_STATUSES; s++)
    for (int a = 0; a < 2; a++)
      for (int m = 0; m < N_MONTHS; m++)
        flat[n++] = self->values[s][a][m];
  /* the first month starts from nothing */
  flat[n++] = 0;
  if (!ps_chart_value_range (flat, n, &lo, &hi))
    return;
  ps_chart_axis_nice (lo, hi, height > 260 ? 6 : 4, &y_axis);
  ps_chart_axis_fixed (0, N_MONTHS, 2, &x_axis);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  legend_h = draw_legend (self, cr, &fg, width, FALSE);
  ps_chart_legend_plot_origin (widget, legend_h, &y_axis, &area.x, &area.y, &label_h);
  area.width = MAX (10.0, width - area.x - PAD);
  area.height = MAX (10.0, height - area.y - PAD - 2 * label_h - 10);
  ps_chart_scale_init (&scale, &x_axis, &y_axis, &area);

  draw_legend (self, cr, &fg, width, TRUE);

  /* grid, y labels and the unit */
  ps_chart_legend_draw_y_axis (widget, cr, &fg, &scale, 0.45, _("€ in the account since the first month"));

  /* the months under the plot, and their name */
  for (int m = 0; m < N_MONTHS; m++)
    {
      g_autofree char *label = g_strdup_printf ("%d", m + 1);
      g_autoptr (PangoLayout) layout = ps_chart_legend_layout (GTK_WIDGET (self), label);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      ps_chart_legend_set_color (cr, &fg, 0.7);
      cairo_move_to (cr, ps_chart_scale_x (&scale, m + 0.5) - tw / 2.0, area.y + area.height + 6);
      pango_cairo_show_layout (cr, layout);
    }
  {
    g_autoptr (PangoLayout) layout = ps_chart_legend_layout (GTK_WIDGET (self), _("Month of activity"));
    int tw;

    pango_layout_get_pixel_size (layout, &tw, NULL);
    ps_chart_legend_set_color (cr, &fg, 0.6);
    cairo_move_to (cr, area.x + area.width - tw, area.y + area.height + 8 + label_h);
    pango_cairo_show_layout (cr, layout);
  }

  /* the unusable statuses first, under the others; the companies under
   * the persons */
  for (int pass = 0; pass < 2; pass++)
    for (int a = 1; a >= 0; a--)
      for (int s = 0; s < PS_N_STATUSES; s++)
        if (self->usable[s] == (pass == 1))
          draw_steps (self, cr, &scale, &fg, s, a);

  /* the dots: the month from which each account stays positive */
  for (int s = 0; s < PS_N_STATUSES; s++)
    for (int a = 0; a < 2; a++)
      {
        double px, py;
        GdkRGBA color;

        if (!ps_chart_step_marker (&scale, self->values[s][a], N_MONTHS, self->markers[s][a], &px, &py))
          continue;
        ps_chart_series_color (s, &color);
        cairo_arc (cr, px, py, a == 0 ? 5 : 4, 0, 2 * G_PI);
        ps_chart_legend_set_color (cr, &color, 1);
        if (a == 0)
          cairo_fill_preserve (cr);
        cairo_set_line_width (cr, a == 0 ? 1.5 : 2);
        if (a == 0)
          ps_chart_legend_set_color (cr, &fg, 0.9);
        cairo_stroke (cr);
      }
  cairo_destroy (cr);
}

static void
ps_cash_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 320;
}

static void
ps_cash_chart_class_init (PsCashChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = ps_cash_chart_snapshot;
  widget_class->measure = ps_cash_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ps_cash_chart_init (PsCashChart *self)
{
  update_accessible (self);
}
