/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-years-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-chart-bars.h"
#include "ps-chart-legend.h"
#include "ps-chart-view.h"
#include "ps-money.h"
#include "ps-years-chart.h"

#define PAD PS_CHART_LEGEND_PAD
/* a fifth of each year's width left between the groups */
#define GROUP_GAP 0.25

struct _PsYearsChart
{
  GtkWidget parent_instance;

  int       n_years;
  int       years[PS_MAX_PROJECTION_YEARS];
  double    values[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS];
  PsYearsBar bars[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS];
};

G_DEFINE_FINAL_TYPE (PsYearsChart, ps_years_chart, GTK_TYPE_WIDGET)

GtkWidget *
ps_years_chart_new (void)
{
  return g_object_new (PS_TYPE_YEARS_CHART, NULL);
}

static void
update_accessible (PsYearsChart *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (self->n_years > 0)
    for (int s = 0; s < PS_N_STATUSES; s++)
      {
        g_autofree char *amount = ps_chart_format_euros (self->values[s][self->n_years - 1]);

        /* Translators: a status, a year, then an amount */
        g_string_append_printf (text, _("%s: %s received by the end of %d."), _(ps_status_name (s)), amount,
                                self->years[self->n_years - 1]);
        g_string_append_c (text, ' ');
      }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cumulative net after tax by year"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

void
ps_years_chart_set_data (PsYearsChart       *self,
                         const PsProjection *pr)
{
  g_return_if_fail (PS_IS_YEARS_CHART (self));

  self->n_years = pr != NULL ? pr->n_years : 0;
  for (int y = 0; y < self->n_years; y++)
    {
      self->years[y] = pr->years[0][y].year;
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          self->values[s][y] = pr->years[s][y].cumulative_cash;
          self->bars[s][y] = !pr->years[s][y].usable ? PS_YEARS_BAR_UNUSABLE
                             : pr->years[s][y].above_ceiling ? PS_YEARS_BAR_TOLERATED
                             : PS_YEARS_BAR_USABLE;
        }
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PsYearsBar
ps_years_chart_get_bar (PsYearsChart *self,
                        PsStatus      status,
                        int           index)
{
  g_return_val_if_fail (PS_IS_YEARS_CHART (self), PS_YEARS_BAR_USABLE);
  g_return_val_if_fail (status < PS_N_STATUSES && index >= 0 && index < self->n_years, PS_YEARS_BAR_USABLE);

  return self->bars[status][index];
}

/* The legend: the statuses, then the bars only tolerated and those that
 * can't be used when there are; returns its height. */
static double
draw_legend (PsYearsChart  *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             double         width,
             gboolean       draw)
{
  PsChartLegendEntry entries[PS_N_STATUSES + 2] = { { 0 } };
  int n = 0, tolerated = -1;
  gboolean unusable = FALSE;

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      entries[n].label = _(ps_status_name (s));
      ps_chart_series_color (s, &entries[n].color);
      n++;
      for (int y = 0; y < self->n_years; y++)
        {
          if (self->bars[s][y] == PS_YEARS_BAR_TOLERATED && tolerated < 0)
            tolerated = s;
          unusable |= self->bars[s][y] == PS_YEARS_BAR_UNUSABLE;
        }
    }
  if (tolerated >= 0)
    {
      /* Translators: the legend of the Years chart's striped bars */
      entries[n].label = _("Tolerated above its ceiling");
      ps_chart_series_color (tolerated, &entries[n].color);
      entries[n++].hatched = TRUE;
    }
  if (unusable)
    {
      /* Translators: the legend of the Years chart's grey bars */
      entries[n].label = _("Can’t be used");
      entries[n++].outline = TRUE;
    }
  return ps_chart_legend_draw (GTK_WIDGET (self), cr, fg, width, entries, n, draw);
}

static void
ps_years_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PsYearsChart *self = PS_YEARS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  double flat[PS_N_STATUSES * PS_MAX_PROJECTION_YEARS + 1];
  PsChartAxis x_axis, y_axis;
  PsChartRect area;
  PsChartScale scale;
  GdkRGBA fg;
  cairo_t *cr;
  double lo, hi, legend_h, label_h = 0;
  int n = 0;

  if (width < 40 || height < 40 || self->n_years < 1)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (int s = 0; s < PS_N_STATUSES; s++)
    for (int y = 0; y < self->n_years; y++)
      flat[n++] = self->values[s][y];
  /* the bars start at zero */
  flat[n++] = 0;
  if (!ps_chart_value_range (flat, n, &lo, &hi))
    return;
  ps_chart_axis_nice (lo, hi, height > 260 ? 6 : 4, &y_axis);
  ps_chart_axis_fixed (0, self->n_years, 2, &x_axis);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  legend_h = draw_legend (self, cr, &fg, width, FALSE);
  ps_chart_legend_plot_origin (widget, legend_h, &y_axis, &area.x, &area.y, &label_h);
  area.width = MAX (10.0, width - area.x - PAD);
  area.height = MAX (10.0, height - area.y - PAD - label_h - 6);
  ps_chart_scale_init (&scale, &x_axis, &y_axis, &area);

  draw_legend (self, cr, &fg, width, TRUE);

  /* grid, y labels and the unit */
  ps_chart_legend_draw_y_axis (widget, cr, &fg, &scale, 0.35, _("€ received since the start, net after tax"));

  /* the bars, a group per year */
  for (int y = 0; y < self->n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", self->years[y]);
      g_autoptr (PangoLayout) layout = ps_chart_legend_layout (GTK_WIDGET (self), year);
      int tw, th;

      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          double bx, bw, by, bh;
          GdkRGBA color;

          ps_chart_bar_slot (&area, self->n_years, PS_N_STATUSES, y, s, GROUP_GAP, &bx, &bw);
          ps_chart_bar_span (&scale, self->values[s][y], &by, &bh);
          ps_chart_series_color (s, &color);
          switch (self->bars[s][y])
            {
            case PS_YEARS_BAR_USABLE:
              ps_chart_legend_set_color (cr, &color, 1);
              cairo_rectangle (cr, bx + 1, by, MAX (1.0, bw - 2), MAX (1.0, bh));
              cairo_fill (cr);
              break;
            case PS_YEARS_BAR_TOLERATED:
              /* allowed that year only: striped, not a lasting choice */
              ps_chart_legend_hatch (cr, &color, bx + 1, by, MAX (1.0, bw - 2), MAX (1.0, bh));
              break;
            case PS_YEARS_BAR_UNUSABLE:
              /* can't be used that year: grey, never a winner's colour */
              ps_chart_legend_outline (cr, &fg, bx + 1, by, MAX (1.0, bw - 2), MAX (1.0, bh));
              break;
            default:
              g_assert_not_reached ();
            }
        }
      pango_layout_get_pixel_size (layout, &tw, &th);
      ps_chart_legend_set_color (cr, &fg, 0.7);
      cairo_move_to (cr, ps_chart_group_center (&area, self->n_years, y) - tw / 2.0, area.y + area.height + 6);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
}

static void
ps_years_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 280;
}

static void
ps_years_chart_class_init (PsYearsChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = ps_years_chart_snapshot;
  widget_class->measure = ps_years_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ps_years_chart_init (PsYearsChart *self)
{
}
