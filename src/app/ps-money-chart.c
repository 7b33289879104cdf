/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-money-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-glossary-links.h"
#include "ps-money.h"
#include "ps-money-chart.h"
#include "ps-money-split.h"

#define BAR_HEIGHT 28

/* A colour per kind of segment, from libadwaita's palette, none of them a
 * status's own colour (ps_chart_series_color ()), each unlike its
 * neighbours in the bar (tests/test-money-chart.c measures it): the
 * contributions in yellows, the company's taxes dark red then light
 * orange and salmon, the income tax purple, the net green. On a dark card
 * the darkest are lighter. The text is never drawn on them: it is in the
 * legend, in the theme's colour. */
static const char *const kind_colors[PS_N_MONEY_KINDS] = {
  [PS_MONEY_COSTS] = "#9a9996",           /* light 5: the fee, running costs */
  [PS_MONEY_EXPENSES] = "#63452c",        /* brown 5 */
  [PS_MONEY_EMPLOYER] = "#e5a50a",        /* yellow 5 */
  [PS_MONEY_EMPLOYEE] = "#f8e45c",        /* yellow 2 */
  [PS_MONEY_CORPORATE_TAX] = "#a51d2d",   /* red 5 */
  [PS_MONEY_DIVIDEND_LEVIES] = "#ffbe6f", /* orange 1 */
  [PS_MONEY_DIVIDEND_TAX] = "#f66151",    /* red 1 */
  [PS_MONEY_HEALTH] = "#99c1f1",          /* blue 1 */
  [PS_MONEY_INCOME_TAX] = "#613583",      /* purple 5 */
  [PS_MONEY_UNPAID] = "#deddda",          /* light 3 */
  [PS_MONEY_DEFERRED] = "#8ff0a4",        /* green 1: yours, later */
  [PS_MONEY_ROUNDING] = "#c0bfbc",        /* light 4 */
  [PS_MONEY_NET] = "#33d17a",             /* green 3 */
};
/* on a dark card */
static const char *const dark_kind_colors[PS_N_MONEY_KINDS] = {
  [PS_MONEY_COSTS] = "#77767b",           /* dark 1 */
  [PS_MONEY_EXPENSES] = "#cdab8f",        /* brown 1 */
  [PS_MONEY_INCOME_TAX] = "#dc8add",      /* purple 1 */
};

void
ps_money_chart_kind_color (PsMoneyKind kind,
                           gboolean    dark,
                           GdkRGBA    *out)
{
  g_return_if_fail (kind < PS_N_MONEY_KINDS);
  gdk_rgba_parse (out, dark && dark_kind_colors[kind] != NULL ? dark_kind_colors[kind] : kind_colors[kind]);
}

struct _PsMoneyChart
{
  GtkWidget     parent_instance;

  GtkWidget    *title;
  GtkWidget    *subtitle;
  GtkWidget    *bar;
  GtkWidget    *legend;      /* GtkFlowBox */
  PsMoneySplit  split;
  gboolean      has_split;
  PsPeriod      period;      /* of the amounts shown */
};

G_DEFINE_FINAL_TYPE (PsMoneyChart, ps_money_chart, GTK_TYPE_WIDGET)

static void
kind_color (PsMoneyKind kind,
            GdkRGBA    *out)
{
  ps_money_chart_kind_color (kind, adw_style_manager_get_dark (adw_style_manager_get_default ()), out);
}

/* the stacked bar: the segments that are more than nothing, left to
 * right in the engine's order, each its share of the width */
static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  PsMoneyChart *self = user_data;
  double positive = 0, x = 0;

  if (!self->has_split)
    return;
  for (int i = 0; i < self->split.n_segments; i++)
    if (self->split.segments[i].share > 0)
      positive += self->split.segments[i].share;
  if (!(positive > 0))
    return;

  /* rounded ends: clip to a rounded rectangle */
  {
    double r = MIN (6.0, height / 2.0);

    cairo_new_sub_path (cr);
    cairo_arc (cr, width - r, r, r, -G_PI / 2, 0);
    cairo_arc (cr, width - r, height - r, r, 0, G_PI / 2);
    cairo_arc (cr, r, height - r, r, G_PI / 2, G_PI);
    cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
    cairo_close_path (cr);
    cairo_clip (cr);
  }
  for (int i = 0; i < self->split.n_segments; i++)
    {
      const PsMoneySegment *seg = &self->split.segments[i];
      double w;
      GdkRGBA color;

      if (!(seg->share > 0))
        continue;
      w = width * seg->share / positive;
      kind_color (seg->kind, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      /* a pixel between segments, so that two neighbours stay apart */
      cairo_rectangle (cr, x, 0, MAX (0.0, w - (x + w < width - 0.5 ? 1 : 0)), height);
      cairo_fill (cr);
      x += w;
    }
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GdkRGBA color;
  double side = MIN (width, height);

  kind_color (GPOINTER_TO_INT (user_data), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, (width - side) / 2, (height - side) / 2, side, side);
  cairo_fill (cr);
}

/* the legend's swatches, in the new colours */
static void
style_changed_cb (PsMoneyChart *self)
{
  for (int i = 0;; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (self->legend), i);

      if (child == NULL)
        break;
      gtk_widget_queue_draw (gtk_widget_get_first_child (gtk_flow_box_child_get_child (child)));
    }
}

static char *
amount_text (PsPeriod              period,
             const PsMoneySegment *seg)
{
  g_autofree char *amount = ps_format_money_display (period == PS_PERIOD_YEAR ? seg->yearly : seg->monthly);
  g_autofree char *share = ps_money_share_text (seg);

  /* Translators: an amount (a month or a year), then its share of the revenue */
  return g_strdup_printf (_("%s (%s)"), amount, share);
}

static GtkWidget *
legend_item_new (const PsMoneySplit   *split,
                 PsPeriod              period,
                 const PsMoneySegment *seg)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();
  const char *name = _(ps_money_segment_label (split, seg->kind));
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *text = amount_text (period, seg);
  GtkWidget *amount = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, GINT_TO_POINTER (seg->kind), NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  /* its glossary term, a link with its definition (not the net's: its
   * own heading) */
  if (seg->kind == PS_MONEY_NET)
    gtk_label_set_markup (GTK_LABEL (label), escaped);
  else
    ps_glossary_links_set_markup (GTK_LABEL (label), escaped);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (amount), 1);
  gtk_widget_add_css_class (amount, "numeric");
  if (seg->kind == PS_MONEY_NET)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (amount, "heading");
    }
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), amount);
  g_object_set_data_full (G_OBJECT (box), "ps-text",
                          g_strdup_printf ("%s %s", name, text), g_free);
  return box;
}

static void
update_accessible (PsMoneyChart *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < self->split.n_segments; i++)
    {
      g_autofree char *amount = amount_text (self->period, &self->split.segments[i]);

      g_string_append_printf (text, "%s: %s. ", _(ps_money_segment_label (&self->split, self->split.segments[i].kind)),
                              amount);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (GTK_LABEL (self->title)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

void
ps_money_chart_update (PsMoneyChart       *self,
                       const PsComparison *comparison,
                       PsStatus            status,
                       PsPeriod            period)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *total = NULL;
  GtkWidget *child;

  g_return_if_fail (PS_IS_MONEY_CHART (self));

  {
    PsMoneySplit all;

    /* without a rounding of cents */
    ps_money_split (comparison, status, &all);
    ps_money_split_shown (&all, &self->split);
  }
  self->has_split = TRUE;
  self->period = period;

  /* Translators: %s is a status, “Portage salarial” */
  title = g_strdup_printf (_("%s: Where the Money Goes"), _(ps_status_name (status)));
  gtk_label_set_label (GTK_LABEL (self->title), title);
  if (period == PS_PERIOD_YEAR)
    {
      total = ps_format_money_display (self->split.total_yearly);
      /* Translators: “Revenue” or “Employer cost”, then an amount a year */
      subtitle = g_strdup_printf (_("%s of %s a year, down to the net after income tax"),
                                  _(ps_money_total_label (&self->split)), total);
    }
  else
    {
      total = ps_format_money_display (self->split.total_monthly);
      /* Translators: “Revenue” or “Employer cost”, then an amount a month */
      subtitle = g_strdup_printf (_("%s of %s a month, down to the net after income tax"),
                                  _(ps_money_total_label (&self->split)), total);
    }
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle);

  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

    /* a legend item's glossary link may hold the focus: let it go first */
    if (focus != NULL && gtk_widget_is_ancestor (focus, self->legend))
      gtk_root_set_focus (root, NULL);
  }
  while ((child = gtk_widget_get_first_child (self->legend)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->legend), child);
  for (int i = 0; i < self->split.n_segments; i++)
    {
      gtk_flow_box_append (GTK_FLOW_BOX (self->legend), legend_item_new (&self->split, self->period, &self->split.segments[i]));
      gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (self->legend), i)), FALSE);
    }
  update_accessible (self);
  gtk_widget_queue_draw (self->bar);
}

guint
ps_money_chart_get_n_items (PsMoneyChart *self)
{
  g_return_val_if_fail (PS_IS_MONEY_CHART (self), 0);
  return self->has_split ? (guint) self->split.n_segments : 0;
}

char *
ps_money_chart_get_item_text (PsMoneyChart *self,
                              guint         i)
{
  GtkFlowBoxChild *child;

  g_return_val_if_fail (PS_IS_MONEY_CHART (self), NULL);
  child = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (self->legend), i);
  if (child == NULL)
    return NULL;
  return g_strdup (g_object_get_data (G_OBJECT (gtk_flow_box_child_get_child (child)), "ps-text"));
}

GtkWidget *
ps_money_chart_new (void)
{
  return g_object_new (PS_TYPE_MONEY_CHART, NULL);
}

static void
ps_money_chart_dispose (GObject *object)
{
  PsMoneyChart *self = PS_MONEY_CHART (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_money_chart_parent_class)->dispose (object);
}

static void
ps_money_chart_class_init (PsMoneyChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_money_chart_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "moneychart");
}

static void
ps_money_chart_init (PsMoneyChart *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_widget_set_parent (self->title, GTK_WIDGET (self));

  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->subtitle), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_set_parent (self->subtitle, GTK_WIDGET (self));

  self->bar = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->bar), BAR_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->bar), draw_bar, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Where the money goes"), -1);
  gtk_widget_set_margin_top (self->bar, 4);
  gtk_widget_set_parent (self->bar, GTK_WIDGET (self));

  self->legend = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->legend), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->legend), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->legend), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->legend), 24);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->legend), 4);
  /* the keyboard reaches the glossary links, not each item */
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));
  /* light or dark: the colours follow */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->bar, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}
