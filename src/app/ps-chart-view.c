/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-chart-legend.h"
#include "ps-chart-view.h"
#include "ps-money.h"
#include "ps-period.h"

#define MAX_CROSSINGS 16
#define PAD 12.0

struct _PsChartView
{
  GtkWidget        parent_instance;

  double           from;
  double           to;
  int              n_points;
  int              n_series;
  double          *monthly;        /* as given: per month */
  double          *marker_monthly;
  PsPeriod         period;         /* of what is drawn: */
  double          *values;         /* the curves over the period */
  double          *marker_values;
  char           **names;
  double           marker_x;
  PsChartCrossing  crossings[MAX_CROSSINGS];
  int              n_crossings;
  PsChartScale     scale;          /* as last drawn, for the tooltip */
  gboolean         has_scale;
  int              limit_series;   /* a series that stops at a limit … */
  double           limit_x;        /* … at this day rate (NAN: none) */
  char            *limit_label;
  graphene_rect_t  text_bounds;    /* the texts last drawn (for the tests) */
};

G_DEFINE_FINAL_TYPE (PsChartView, ps_chart_view, GTK_TYPE_WIDGET)

/* libadwaita's palette: blue 3, orange 5, green 4, purple 3, red 3, brown 3 */
static const char *palette[] = {
  "#3584e4", "#e66100", "#26a269", "#9141ac", "#e01b24", "#986a44",
};

void
ps_chart_series_color (int      series,
                       GdkRGBA *out)
{
  gdk_rgba_parse (out, palette[(series < 0 ? 0 : series) % G_N_ELEMENTS (palette)]);
}

GtkWidget *
ps_chart_view_new (void)
{
  return g_object_new (PS_TYPE_CHART_VIEW, NULL);
}

/* What the chart says, for screen readers: the break-even day rates. */
static void
update_accessible (PsChartView *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int k = 0; k < self->n_crossings; k++)
    {
      const PsChartCrossing *c = &self->crossings[k];
      g_autofree char *tjm = ps_chart_format_euros (c->x);

      /* Translators: two statuses, then a day rate */
      g_string_append_printf (text, _("%s and %s break even at a TJM of %s."),
                              self->names[c->a], self->names[c->b], tjm);
      g_string_append_c (text, ' ');
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->period == PS_PERIOD_YEAR ? _("Net after tax per year by day rate")
                                                                 : _("Net after tax per month by day rate"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

/* The curves over the period (ps-period converts), and where they cross
 * (the same day rates either way). */
static void
update_values (PsChartView *self)
{
  gsize n = (gsize) self->n_points * self->n_series;

  g_free (self->values);
  g_free (self->marker_values);
  self->values = g_new (double, MAX (n, 1));
  self->marker_values = g_new (double, MAX (self->n_series, 1));
  ps_period_amounts (self->period, self->monthly, self->values, n);
  ps_period_amounts (self->period, self->marker_monthly, self->marker_values, self->n_series);
  self->has_scale = FALSE;
  self->n_crossings = MIN (MAX_CROSSINGS,
                           ps_chart_find_crossings (self->values, self->n_points, self->n_series, self->from,
                                                    self->to, self->crossings, MAX_CROSSINGS));
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ps_chart_view_set_period (PsChartView *self,
                          PsPeriod     period)
{
  g_return_if_fail (PS_IS_CHART_VIEW (self));

  if (self->period == period)
    return;
  self->period = period;
  update_values (self);
}

PsPeriod
ps_chart_view_get_period (PsChartView *self)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), PS_PERIOD_MONTH);
  return self->period;
}

const char *
ps_chart_view_get_axis_caption (PsChartView *self)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), NULL);
  return self->period == PS_PERIOD_YEAR ? _("€ per year, net after tax") : _("€ per month, net after tax");
}

const double *
ps_chart_view_get_values (PsChartView *self,
                          int         *n_points,
                          int         *n_series)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), NULL);
  if (n_points != NULL)
    *n_points = self->n_points;
  if (n_series != NULL)
    *n_series = self->n_series;
  return self->values;
}

void
ps_chart_view_set_data (PsChartView        *self,
                        double              from,
                        double              to,
                        int                 n_points,
                        int                 n_series,
                        const double       *values,
                        const char * const *names,
                        double              marker_x,
                        const double       *marker_values)
{
  g_return_if_fail (PS_IS_CHART_VIEW (self));
  g_return_if_fail (n_points >= 0 && n_series >= 0);

  g_clear_pointer (&self->monthly, g_free);
  g_clear_pointer (&self->marker_monthly, g_free);
  g_clear_pointer (&self->names, g_strfreev);
  self->from = from;
  self->to = to;
  self->n_points = n_points;
  self->n_series = n_series;
  self->monthly = g_memdup2 (values, sizeof (double) * n_points * n_series);
  self->marker_monthly = g_memdup2 (marker_values, sizeof (double) * n_series);
  self->names = g_strdupv ((char **) names);
  self->marker_x = marker_x;
  update_values (self);
}

void
ps_chart_view_set_limit (PsChartView *self,
                         int          series,
                         double       x,
                         const char  *label)
{
  g_return_if_fail (PS_IS_CHART_VIEW (self));

  self->limit_series = series;
  self->limit_x = x;
  g_free (self->limit_label);
  self->limit_label = g_strdup (label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
ps_chart_view_get_limit (PsChartView  *self,
                         const char  **label)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), NAN);
  if (label != NULL)
    *label = self->limit_label;
  return self->limit_x;
}

int
ps_chart_view_get_crossings (PsChartView            *self,
                             const PsChartCrossing **out)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), 0);
  if (out != NULL)
    *out = self->crossings;
  return self->n_crossings;
}

gboolean
ps_chart_view_get_text_bounds (PsChartView     *self,
                               graphene_rect_t *out)
{
  g_return_val_if_fail (PS_IS_CHART_VIEW (self), FALSE);
  *out = self->text_bounds;
  return self->text_bounds.size.width > 0;
}

/* ------------------------------------------------------------ drawing */

typedef struct
{
  PsChartScale scale;
  double       legend_height;
  double       top;
} Layout;

static PangoLayout *
make_layout (PsChartView *self,
             const char  *text,
             gboolean     small)
{
  /* small: the charts' text, as the years and cash charts draw it */
  if (small)
    return ps_chart_legend_layout (GTK_WIDGET (self), text);
  return gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* (the drawing's texts bounds, on the cairo context while drawing) */
static const cairo_user_data_key_t text_bounds_key;

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  graphene_rect_t *bounds = cairo_get_user_data (cr, &text_bounds_key);
  PangoRectangle ink;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (bounds != NULL && ink.width > 0 && ink.height > 0)
    {
      graphene_rect_t r = GRAPHENE_RECT_INIT (x + ink.x, y + ink.y, ink.width, ink.height);

      if (bounds->size.width <= 0)
        *bounds = r;
      else
        graphene_rect_union (bounds, &r, bounds);
    }
}

/* How much a crossing's label at (@x, @y, @w, @h) would hide: the
 * curves' samples under it, and the crossing (@px, @py) most. */
static int
count_covered (PsChartView        *self,
               const PsChartScale *scale,
               double              x,
               double              y,
               double              w,
               double              h,
               double              px,
               double              py)
{
  int n = px > x - 6 && px < x + w + 6 && py > y - 6 && py < y + h + 6 ? 1000 : 0;

  for (int i = 0; i < self->n_points; i++)
    {
      double sx = ps_chart_scale_x (scale, ps_chart_sample_x (self->from, self->to, self->n_points, i));

      if (sx < x || sx > x + w)
        continue;
      for (int s = 0; s < self->n_series; s++)
        {
          double v = self->values[i * self->n_series + s];
          double sy = isfinite (v) ? ps_chart_scale_y (scale, v) : NAN;

          n += sy >= y && sy <= y + h;
        }
    }
  return n;
}

/* The legend, left to right, wrapping; returns its height. */
static double
draw_legend (PsChartView   *self,
             cairo_t       *cr,
             const GdkRGBA *fg,
             double         width,
             gboolean       draw)
{
  double x = PAD, y = PAD, row_height = 0;

  for (int s = 0; s < self->n_series; s++)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, self->names[s], TRUE);
      int tw, th, line_h;
      double entry;
      GdkRGBA color;

      /* a long name wraps rather than runs out of the chart (360 px) */
      pango_layout_set_width (layout, (int) MAX (1.0, width - 2 * PAD - 24) * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_pixel_size (layout, &tw, &th);
      line_h = th / MAX (1, pango_layout_get_line_count (layout));
      entry = 18 + 6 + tw;
      if (x > PAD && x + entry > width - PAD)
        {
          x = PAD;
          y += row_height + 4;
          row_height = 0;
        }
      row_height = MAX (row_height, th);
      if (draw)
        {
          ps_chart_series_color (s, &color);
          set_color (cr, &color, 1);
          cairo_set_line_width (cr, 3);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_move_to (cr, x + 1.5, y + line_h / 2.0);
          cairo_line_to (cr, x + 16.5, y + line_h / 2.0);
          cairo_stroke (cr);
          set_color (cr, fg, 0.85);
          show_text (cr, layout, x + 24, y);
        }
      x += entry + 18;
    }
  return y + row_height - PAD;
}

static void
draw_empty (PsChartView   *self,
            cairo_t       *cr,
            const GdkRGBA *fg,
            double         width,
            double         height)
{
  g_autoptr (PangoLayout) layout = make_layout (self, _("No figures yet"), FALSE);
  int tw, th;

  pango_layout_get_pixel_size (layout, &tw, &th);
  set_color (cr, fg, 0.55);
  show_text (cr, layout, (width - tw) / 2, (height - th) / 2);
}

static void
ps_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PsChartView *self = PS_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  PsChartAxis x_axis, y_axis;
  PsChartRect area;
  PsChartScale scale;
  GdkRGBA fg;
  cairo_t *cr;
  double lo, hi, legend_h, y_label_w = 0, x_label_h = 0, top;
  int max_x_ticks;

  if (width < 40 || height < 40)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->text_bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  cairo_set_user_data (cr, &text_bounds_key, &self->text_bounds, NULL);
  if (self->n_points < 2 || self->n_series < 1
      || !ps_chart_value_range (self->values, self->n_points * self->n_series, &lo, &hi))
    {
      draw_empty (self, cr, &fg, width, height);
      cairo_destroy (cr);
      return;
    }

  /* y: nice ticks around the data; x: the swept day rates exactly */
  ps_chart_axis_nice (lo, hi, height > 260 ? 6 : 4, &y_axis);
  max_x_ticks = CLAMP ((int) (width / 90), 3, 10);
  ps_chart_axis_fixed (self->from, self->to, max_x_ticks, &x_axis);

  legend_h = draw_legend (self, cr, &fg, width, FALSE);
  for (int i = 0; i < y_axis.n_ticks; i++)
    {
      g_autofree char *text = ps_format_number (y_axis.ticks[i], y_axis.decimals);
      g_autoptr (PangoLayout) layout = make_layout (self, text, TRUE);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      y_label_w = MAX (y_label_w, tw);
      x_label_h = MAX (x_label_h, th);
    }

  /* unit captions: "€ per month" above the y labels, "TJM" under the x ones */
  top = PAD + legend_h + 10 + x_label_h + 6;
  area.x = PAD + y_label_w + 8;
  area.y = top;
  area.width = MAX (10.0, width - area.x - PAD - 8);
  area.height = MAX (10.0, height - top - PAD - 2 * x_label_h - 12);
  ps_chart_scale_init (&scale, &x_axis, &y_axis, &area);
  self->scale = scale;
  self->has_scale = TRUE;

  draw_legend (self, cr, &fg, width, TRUE);

  /* grid and y labels */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i < y_axis.n_ticks; i++)
    {
      double py = round (ps_chart_scale_y (&scale, y_axis.ticks[i])) + 0.5;
      g_autofree char *text = ps_format_number (y_axis.ticks[i], y_axis.decimals);
      g_autoptr (PangoLayout) layout = make_layout (self, text, TRUE);
      int tw, th;

      set_color (cr, &fg, i == 0 ? 0.3 : 0.1);
      cairo_move_to (cr, area.x, py);
      cairo_line_to (cr, area.x + area.width, py);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (layout, &tw, &th);
      set_color (cr, &fg, 0.6);
      show_text (cr, layout, area.x - 8 - tw, py - th / 2.0);
    }
  {
    g_autoptr (PangoLayout) layout = make_layout (self, ps_chart_view_get_axis_caption (self), TRUE);
    int th;

    pango_layout_get_pixel_size (layout, NULL, &th);
    set_color (cr, &fg, 0.6);
    show_text (cr, layout, PAD, area.y - th - 10);
  }

  /* x labels */
  for (int i = 0; i < x_axis.n_ticks; i++)
    {
      double px = ps_chart_scale_x (&scale, x_axis.ticks[i]);
      g_autofree char *text = ps_format_number (x_axis.ticks[i], x_axis.decimals);
      g_autoptr (PangoLayout) layout = make_layout (self, text, TRUE);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      set_color (cr, &fg, 0.3);
      cairo_move_to (cr, round (px) + 0.5, area.y + area.height);
      cairo_line_to (cr, round (px) + 0.5, area.y + area.height + 4);
      cairo_stroke (cr);
      set_color (cr, &fg, 0.6);
      show_text (cr, layout, px - tw / 2.0, area.y + area.height + 6);
    }
  {
    g_autoptr (PangoLayout) layout = make_layout (self, _("Day rate (TJM), € excl. VAT"), TRUE);
    int tw, th;

    pango_layout_get_pixel_size (layout, &tw, &th);
    set_color (cr, &fg, 0.6);
    show_text (cr, layout, area.x + area.width - tw, area.y + area.height + 6 + th + 4);
  }

  /* the current day rate */
  if (ps_chart_scale_contains_x (&scale, self->marker_x))
    {
      double px = round (ps_chart_scale_x (&scale, self->marker_x)) + 0.5;
      const double dash[] = { 4, 3 };

      set_color (cr, &fg, 0.45);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, px, area.y);
      cairo_line_to (cr, px, area.y + area.height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* the curves */
  cairo_save (cr);
  cairo_rectangle (cr, area.x - 2, area.y - 4, area.width + 4, area.height + 8);
  cairo_clip (cr);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (int s = 0; s < self->n_series; s++)
    {
      GdkRGBA color;
      gboolean pen_down = FALSE;

      for (int i = 0; i < self->n_points; i++)
        {
          double v = self->values[i * self->n_series + s];
          double px = ps_chart_scale_x (&scale, ps_chart_sample_x (self->from, self->to, self->n_points, i));

          if (!isfinite (v))
            {
              pen_down = FALSE;
              continue;
            }
          if (pen_down)
            cairo_line_to (cr, px, ps_chart_scale_y (&scale, v));
          else
            cairo_move_to (cr, px, ps_chart_scale_y (&scale, v));
          pen_down = TRUE;
        }
      ps_chart_series_color (s, &color);
      set_color (cr, &color, 1);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* a limit: where a curve stops (the micro ceiling), a dashed line in its
   * colour, the curve's end circled, and the limit's label at the top */
  if (self->limit_label != NULL && self->limit_series >= 0 && self->limit_series < self->n_series)
    {
      g_autoptr (PangoLayout) layout = make_layout (self, self->limit_label, TRUE);
      int end = ps_chart_series_end (self->values, self->n_points, self->n_series, self->limit_series);
      const double dash[] = { 6, 4 };
      PsChartMark mark;
      GdkRGBA color;
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      ps_chart_series_color (self->limit_series, &color);
      if (ps_chart_place_mark (&scale, self->limit_x, tw, 8, &mark))
        {
          double px = round (mark.px) + 0.5;
          /* under the current day rate's plate, which sits on the top edge */
          double ly = area.y + th / 2.0 + 6;
          GdkRGBA bg = { 1, 1, 1, 1 };

          set_color (cr, &color, 0.9);
          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, px, area.y);
          cairo_line_to (cr, px, area.y + area.height);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          if (fg.red + fg.green + fg.blue > 1.5)
            bg = (GdkRGBA) { 0.14, 0.14, 0.14, 1 };
          set_color (cr, &bg, 0.9);
          cairo_rectangle (cr, mark.label_x - 4, ly - 1, tw + 8, th + 2);
          cairo_fill (cr);
          set_color (cr, &color, 1);
          show_text (cr, layout, mark.label_x, ly);
        }
      /* the curve's last point before the limit: a hollow ring */
      if (end >= 0 && end < self->n_points - 1)
        {
          double ex = ps_chart_scale_x (&scale, ps_chart_sample_x (self->from, self->to, self->n_points, end));
          double ey = ps_chart_scale_y (&scale, self->values[end * self->n_series + self->limit_series]);

          /* (the label left the current point where it starts) */
          cairo_new_path (cr);
          cairo_arc (cr, ex, ey, 4.5, 0, 2 * G_PI);
          set_color (cr, &color, 1);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
    }

  /* each status at the current day rate */
  if (ps_chart_scale_contains_x (&scale, self->marker_x))
    {
      double px = ps_chart_scale_x (&scale, self->marker_x);
      g_autofree char *tjm = ps_chart_format_euros (self->marker_x);
      g_autoptr (PangoLayout) layout = make_layout (self, tjm, TRUE);
      int tw, th;

      for (int s = 0; s < self->n_series; s++)
        {
          GdkRGBA color;

          if (!isfinite (self->marker_values[s]))
            continue;
          ps_chart_series_color (s, &color);
          cairo_arc (cr, px, ps_chart_scale_y (&scale, self->marker_values[s]), 5, 0, 2 * G_PI);
          set_color (cr, &color, 1);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      /* the TJM at the top of the dashed line, on a plate */
      pango_layout_get_pixel_size (layout, &tw, &th);
      {
        double lx = CLAMP (px - tw / 2.0, area.x + 2, area.x + area.width - tw - 2);
        GdkRGBA bg = { 1, 1, 1, 1 };

        if (fg.red + fg.green + fg.blue > 1.5)
          bg = (GdkRGBA) { 0.14, 0.14, 0.14, 1 };
        set_color (cr, &bg, 0.9);
        cairo_rectangle (cr, lx - 4, area.y - th / 2.0 - 1, tw + 8, th + 2);
        cairo_fill (cr);
        set_color (cr, &fg, 0.85);
        show_text (cr, layout, lx, area.y - th / 2.0);
      }
    }

  /* break-even points, their labels stacked so that none overlaps */
  if (self->n_crossings > 0)
    {
      g_autofree double *centers = g_new (double, self->n_crossings);
      g_autofree double *widths = g_new (double, self->n_crossings);
      g_autofree int *rows = g_new (int, self->n_crossings);
      PangoLayout **layouts = g_new0 (PangoLayout *, self->n_crossings);
      int label_h = 0;

      for (int k = 0; k < self->n_crossings; k++)
        {
          g_autofree char *tjm = ps_chart_format_euros (self->crossings[k].x);
          /* Translators: a label on the chart where two curves cross: the two
           * statuses, then the day rate ("SASU = EURL · TJM 911 €") */
          g_autofree char *text = g_strdup_printf (_("%s = %s · TJM %s"), self->names[self->crossings[k].a],
                                                   self->names[self->crossings[k].b], tjm);
          int tw, th;

          layouts[k] = make_layout (self, text, TRUE);
          /* no wider than the plot: two offers' names wrap (360 px) */
          pango_layout_set_width (layouts[k], (int) MAX (1.0, area.width - 8) * PANGO_SCALE);
          pango_layout_set_wrap (layouts[k], PANGO_WRAP_WORD_CHAR);
          pango_layout_get_pixel_size (layouts[k], &tw, &th);
          label_h = MAX (label_h, th);
          centers[k] = ps_chart_scale_x (&scale, self->crossings[k].x);
          widths[k] = tw + 8;
        }
      ps_chart_stack_labels (centers, widths, self->n_crossings, 4, rows);

      for (int k = 0; k < self->n_crossings; k++)
        {
          double px = centers[k];
          double py = ps_chart_scale_y (&scale, self->crossings[k].y);
          double lx = CLAMP (px - (widths[k] - 8) / 2, area.x + 2, area.x + area.width - widths[k] + 6);
          double ly = MAX (area.y + 2, area.y + area.height - 8 - (rows[k] + 1) * (label_h + 4));
          /* or at the top, under the day rate's plate, if it hides less */
          double ly_top = MIN (area.y + 22 + rows[k] * (label_h + 4), area.y + area.height - label_h - 2);
          const double dash[] = { 2, 3 };
          GdkRGBA bg = { 1, 1, 1, 1 };
          int tw, th;

          pango_layout_get_pixel_size (layouts[k], &tw, &th);
          if (count_covered (self, &scale, lx - 3, ly_top - 1, tw + 6, th + 2, px, py)
              < count_covered (self, &scale, lx - 3, ly - 1, tw + 6, th + 2, px, py))
            ly = ly_top;

          /* a dotted line from the point to its label */
          set_color (cr, &fg, 0.35);
          cairo_set_line_width (cr, 1);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, round (px) + 0.5, ly > py ? py + 6 : py - 6);
          cairo_line_to (cr, round (px) + 0.5, ly > py ? ly - 1 : ly + th + 1);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);

          /* a plate under the text, so that grid lines don't cross it */
          if (fg.red + fg.green + fg.blue > 1.5)
            bg = (GdkRGBA) { 0.14, 0.14, 0.14, 1 };
          set_color (cr, &bg, 0.85);
          cairo_rectangle (cr, lx - 3, ly - 1, tw + 6, th + 2);
          cairo_fill (cr);
          set_color (cr, &fg, 0.9);
          show_text (cr, layouts[k], lx, ly);
          g_object_unref (layouts[k]);

          /* the point itself, over its label if they meet */
          cairo_new_path (cr);
          cairo_arc (cr, px, py, 6, 0, 2 * G_PI);
          set_color (cr, &fg, 0.9);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
      g_free (layouts);
    }

  cairo_destroy (cr);
}

/* ------------------------------------------------------------ tooltip */

char *
ps_chart_view_get_tooltip_text (PsChartView *self,
                                int          i)
{
  g_autoptr (GString) text = NULL;
  g_autofree char *tjm = NULL;

  g_return_val_if_fail (PS_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (i >= 0 && i < self->n_points, NULL);

  tjm = ps_chart_format_euros (ps_chart_sample_x (self->from, self->to, self->n_points, i));
  text = g_string_new (NULL);
  if (self->period == PS_PERIOD_YEAR)
    /* Translators: the day rate under the pointer on the chart */
    g_string_append_printf (text, _("At a TJM of %s, net after tax per year:"), tjm);
  else
    /* Translators: the day rate under the pointer on the chart */
    g_string_append_printf (text, _("At a TJM of %s, net after tax per month:"), tjm);
  for (int s = 0; s < self->n_series; s++)
    {
      double value = self->values[i * self->n_series + s];
      g_autofree char *amount = isfinite (value) ? ps_format_money_display (value) : NULL;

      g_string_append_c (text, '\n');
      /* Translators: a line of the chart's tooltip: a status, its net amount */
      g_string_append_printf (text, _("%s: %s"), self->names[s],
                              /* Translators: on the chart's tooltip, a status that can't be used at that day rate */
                              amount != NULL ? amount : _("can’t be used"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
ps_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  PsChartView *self = PS_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  double tjm_x;
  int i;

  if (self->n_points < 2 || self->n_series < 1 || keyboard || !self->has_scale)
    return FALSE;

  /* the pointer's x back to a day rate, with the mapping last drawn */
  tjm_x = ps_chart_scale_x_inverse (&self->scale, x);
  if (!ps_chart_scale_contains_x (&self->scale, tjm_x))
    return FALSE;
  i = ps_chart_nearest_sample (self->from, self->to, self->n_points, tjm_x);
  text = ps_chart_view_get_tooltip_text (self, i);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ------------------------------------------------------------ GObject */

static void
ps_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 240, *natural = 640;
  else
    {
      /* taller when the legend wraps on more than two rows (narrow) */
      double legend = for_size > 0 ? draw_legend (PS_CHART_VIEW (widget), NULL, NULL, for_size, FALSE) : 0;
      int extra = (int) MAX (0, ceil (legend) - 40);
      int base;

      /* (above the height asked for, if any) */
      gtk_widget_get_size_request (widget, NULL, &base);
      *minimum = MAX (base, 200) + extra, *natural = MAX (base, 300) + extra;
    }
}

static GtkSizeRequestMode
ps_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ps_chart_view_finalize (GObject *object)
{
  PsChartView *self = PS_CHART_VIEW (object);

  g_free (self->monthly);
  g_free (self->marker_monthly);
  g_free (self->values);
  g_free (self->marker_values);
  g_free (self->limit_label);
  g_strfreev (self->names);
  G_OBJECT_CLASS (ps_chart_view_parent_class)->finalize (object);
}

static void
ps_chart_view_class_init (PsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ps_chart_view_finalize;
  widget_class->snapshot = ps_chart_view_snapshot;
  widget_class->measure = ps_chart_view_measure;
  widget_class->get_request_mode = ps_chart_view_get_request_mode;
  widget_class->query_tooltip = ps_chart_view_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ps_chart_view_init (PsChartView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  self->limit_series = -1;
  self->limit_x = NAN;
}
