/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-years-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-chart-bars.h"
#include "ps-chart-view.h"
#include "ps-money.h"
#include "ps-years-chart.h"

#define PAD 12.0
/* a fifth of each year's width left between the groups */
#define GROUP_GAP 0.25

struct _PsYearsChart
{
  GtkWidget parent_instance;

  int       n_years;
  int       years[PS_MAX_PROJECTION_YEARS];
  double    values[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS];
  gboolean  usable[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS];
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
          self->usable[s][y] = pr->years[s][y].usable;
        }
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static PangoLayout *
make_layout (PsYearsChart *self,
             const char   *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* The legend, left to right, wrapping; returns its height. */
static double
draw_legend (PsYearsChart  *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             double         width,
             gboolean       draw)
{
  double x = PAD, y = PAD, row_height = 0;

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, _(ps_status_name (s)));
      int tw, th;
      double entry;

      pango_layout_get_pixel_size (layout, &tw, &th);
      entry = 12 + 6 + tw;
      if (x > PAD && x + entry > width - PAD)
        {
          x = PAD;
          y += row_height + 4;
        }
      row_height = MAX (row_height, th);
      if (draw)
        {
          GdkRGBA color;

          ps_chart_series_color (s, &color);
          set_color (cr, &color, 1);
          cairo_rectangle (cr, x, y + th / 2.0 - 5, 10, 10);
          cairo_fill (cr);
          set_color (cr, fg, 0.85);
          cairo_move_to (cr, x + 16, y);
          pango_cairo_show_layout (cr, layout);
        }
      x += entry + 16;
    }
  return y + row_height - PAD;
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
  double lo, hi, legend_h, y_label_w = 0, label_h = 0;
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
  for (int i = 0; i < y_axis.n_ticks; i++)
    {
      g_autofree char *text = ps_format_number (y_axis.ticks[i], y_axis.decimals);
      g_autoptr (PangoLayout) layout = make_layout (self, text);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      y_label_w = MAX (y_label_w, tw);
      label_h = MAX (label_h, th);
    }

  area.x = PAD + y_label_w + 8;
  area.y = PAD + legend_h + 10 + label_h + 8;
  area.width = MAX (10.0, width - area.x - PAD);
  area.height = MAX (10.0, height - area.y - PAD - label_h - 6);
  ps_chart_scale_init (&scale, &x_axis, &y_axis, &area);

  draw_legend (self, cr, &fg, width, TRUE);

  /* grid, y labels and the unit */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i < y_axis.n_ticks; i++)
    {
      double py = round (ps_chart_scale_y (&scale, y_axis.ticks[i])) + 0.5;
      g_autofree char *text = ps_format_number (y_axis.ticks[i], y_axis.decimals);
      g_autoptr (PangoLayout) layout = make_layout (self, text);
      int tw, th;

      set_color (cr, &fg, y_axis.ticks[i] == 0 ? 0.35 : 0.1);
      cairo_move_to (cr, area.x, py);
      cairo_line_to (cr, area.x + area.width, py);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (layout, &tw, &th);
      set_color (cr, &fg, 0.6);
      cairo_move_to (cr, area.x - 8 - tw, py - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  {
    g_autoptr (PangoLayout) layout = make_layout (self, _("€ received since the start, net after tax"));
    int th;

    pango_layout_get_pixel_size (layout, NULL, &th);
    set_color (cr, &fg, 0.6);
    cairo_move_to (cr, PAD, area.y - th - 8);
    pango_cairo_show_layout (cr, layout);
  }

  /* the bars, a group per year */
  for (int y = 0; y < self->n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", self->years[y]);
      g_autoptr (PangoLayout) layout = make_layout (self, year);
      int tw, th;

      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          double bx, bw, by, bh;
          GdkRGBA color;

          ps_chart_bar_slot (&area, self->n_years, PS_N_STATUSES, y, s, GROUP_GAP, &bx, &bw);
          ps_chart_bar_span (&scale, self->values[s][y], &by, &bh);
          ps_chart_series_color (s, &color);
          if (self->usable[s][y])
            {
              set_color (cr, &color, 1);
              cairo_rectangle (cr, bx + 1, by, MAX (1.0, bw - 2), MAX (1.0, bh));
              cairo_fill (cr);
            }
          else
            {
              const double dash[] = { 3, 2 };

              /* can't be used that year: an outline, no fill */
              set_color (cr, &fg, 0.45);
              cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
              cairo_rectangle (cr, bx + 1.5, by + 0.5, MAX (1.0, bw - 3), MAX (1.0, bh - 1));
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
        }
      pango_layout_get_pixel_size (layout, &tw, &th);
      set_color (cr, &fg, 0.7);
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
