/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-chart-legend"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-chart-legend.h"
#include "ps-money.h"

#define PAD PS_CHART_LEGEND_PAD
#define SWATCH 12.0      /* a square's room */
#define DASH_WIDTH 20.0  /* a dashed line's */

static const double dash[] = { 6, 4 };

PangoLayout *
ps_chart_legend_layout (GtkWidget  *widget,
                        const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  /* the font's em in Pango units of pixels (sizes in points at 96 dpi) */
  double em = pango_font_description_get_size (font)
              * (pango_font_description_get_size_is_absolute (font) ? 1.0 : 96.0 / 72.0);

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  /* The narrow no-break space that groups French thousands ("8 000") and
   * precedes "€" is a fifth of an em in DejaVu Sans: 2 px at the charts'
   * size, where "8 000" reads "8000". Widen each one to about a third of
   * the small text's em, still narrower than a word space. */
  for (const char *at = text != NULL ? strstr (text, "\u202f") : NULL; at != NULL; at = strstr (at + 1, "\u202f"))
    {
      PangoAttribute *spacing = pango_attr_letter_spacing_new ((int) MAX (PANGO_SCALE, em * 0.85 * 0.14));

      spacing->start_index = (guint) (at - text);
      spacing->end_index = spacing->start_index + strlen ("\u202f");
      pango_attr_list_insert (attrs, spacing);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

void
ps_chart_legend_set_color (cairo_t       *cr,
                           const GdkRGBA *color,
                           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
ps_chart_legend_hatch (cairo_t       *cr,
                       const GdkRGBA *color,
                       double         x,
                       double         y,
                       double         width,
                       double         height)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  ps_chart_legend_set_color (cr, color, 0.25);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  /* stripes at 45°, 5 px apart */
  ps_chart_legend_set_color (cr, color, 1);
  cairo_set_line_width (cr, 2);
  for (double d = -height; d < width; d += 5)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_reset_clip (cr);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (0.0, width - 1), MAX (0.0, height - 1));
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
ps_chart_legend_outline (cairo_t       *cr,
                         const GdkRGBA *fg,
                         double         x,
                         double         y,
                         double         width,
                         double         height)
{
  const double bar_dash[] = { 3, 2 };

  cairo_save (cr);
  ps_chart_legend_set_color (cr, fg, 0.1);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  ps_chart_legend_set_color (cr, fg, 0.45);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, bar_dash, G_N_ELEMENTS (bar_dash), 0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (0.0, width - 1), MAX (0.0, height - 1));
  cairo_stroke (cr);
  cairo_restore (cr);
}

double
ps_chart_legend_draw (GtkWidget                *widget,
                      cairo_t                  *cr,
                      const GdkRGBA            *fg,
                      double                    width,
                      const PsChartLegendEntry *entries,
                      int                       n_entries,
                      gboolean                  draw)
{
  double x = PAD, y = PAD, row_height = 0;

  for (int i = 0; i < n_entries; i++)
    {
      const PsChartLegendEntry *e = &entries[i];
      g_autoptr (PangoLayout) layout = ps_chart_legend_layout (widget, e->label);
      double mark = e->dashed ? DASH_WIDTH : SWATCH;
      int tw, th;
      double entry;

      pango_layout_get_pixel_size (layout, &tw, &th);
      entry = mark + 6 + tw;
      if (x > PAD && x + entry > width - PAD)
        {
          x = PAD;
          y += row_height + 4;
        }
      row_height = MAX (row_height, th);
      if (draw)
        {
          if (e->dashed)
            {
              ps_chart_legend_set_color (cr, fg, 0.7);
              cairo_set_line_width (cr, 2);
              cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
              cairo_move_to (cr, x, y + th / 2.0);
              cairo_line_to (cr, x + DASH_WIDTH, y + th / 2.0);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
          else if (e->hatched)
            ps_chart_legend_hatch (cr, &e->color, x, y + th / 2.0 - 5, 10, 10);
          else if (e->outline)
            ps_chart_legend_outline (cr, fg, x, y + th / 2.0 - 5, 10, 10);
          else
            {
              ps_chart_legend_set_color (cr, &e->color, 1);
              cairo_rectangle (cr, x, y + th / 2.0 - 5, 10, 10);
              cairo_fill (cr);
            }
          ps_chart_legend_set_color (cr, fg, 0.85);
          cairo_move_to (cr, x + mark + 4, y);
          pango_cairo_show_layout (cr, layout);
        }
      x += entry + 16;
    }
  return y + row_height - PAD;
}

void
ps_chart_legend_plot_origin (GtkWidget         *widget,
                             double             legend_height,
                             const PsChartAxis *y_axis,
                             double            *x,
                             double            *y,
                             double            *label_height)
{
  int label_w = 0, label_h = 0;

  for (int i = 0; i < y_axis->n_ticks; i++)
    {
      g_autofree char *text = ps_format_number (y_axis->ticks[i], y_axis->decimals);
      g_autoptr (PangoLayout) layout = ps_chart_legend_layout (widget, text);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      label_w = MAX (label_w, tw);
      label_h = MAX (label_h, th);
    }
  *x = PAD + label_w + 8;
  *y = PAD + legend_height + 10 + label_h + 8;
  *label_height = label_h;
}

void
ps_chart_legend_draw_y_axis (GtkWidget          *widget,
                             cairo_t            *cr,
                             const GdkRGBA      *fg,
                             const PsChartScale *scale,
                             double              zero_alpha,
                             const char         *unit)
{
  const PsChartAxis *y_axis = &scale->y_axis;
  const PsChartRect *area = &scale->area;

  cairo_set_line_width (cr, 1);
  for (int i = 0; i < y_axis->n_ticks; i++)
    {
      double py = round (ps_chart_scale_y (scale, y_axis->ticks[i])) + 0.5;
      g_autofree char *text = ps_format_number (y_axis->ticks[i], y_axis->decimals);
      g_autoptr (PangoLayout) layout = ps_chart_legend_layout (widget, text);
      int tw, th;

      ps_chart_legend_set_color (cr, fg, y_axis->ticks[i] == 0 ? zero_alpha : 0.1);
      cairo_move_to (cr, area->x, py);
      cairo_line_to (cr, area->x + area->width, py);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (layout, &tw, &th);
      ps_chart_legend_set_color (cr, fg, 0.6);
      cairo_move_to (cr, area->x - 8 - tw, py - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  {
    g_autoptr (PangoLayout) layout = ps_chart_legend_layout (widget, unit);
    int th;

    pango_layout_get_pixel_size (layout, NULL, &th);
    ps_chart_legend_set_color (cr, fg, 0.6);
    cairo_move_to (cr, PAD, area->y - th - 8);
    pango_cairo_show_layout (cr, layout);
  }
}
