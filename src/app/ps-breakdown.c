/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-breakdown"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ps-breakdown.h"
#include "ps-glossary-links.h"
#include "ps-line-item.h"

struct _PsBreakdown
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller;
  GtkColumnView       *table;
  GListStore          *store;
  GtkColumnViewColumn *label_column;
  GtkColumnViewColumn *base_column;
  GtkColumnViewColumn *employee_rate_column;
  GtkColumnViewColumn *employee_column;
  GtkColumnViewColumn *employer_rate_column;
  GtkColumnViewColumn *employer_column;
  GtkListBox          *rows;

  gboolean             rows_built;  /* the rows, made the first time they are needed */
  gboolean             narrow;      /* the rows are shown, not the table */
  guint                build_idle;
  guint                relayout_idle;
  guint                relayouts;         /* for rows cut, since the last change */
  gboolean             reset_height;      /* the width changed: the table's own height first */
  int                  last_width;
};

G_DEFINE_FINAL_TYPE (PsBreakdown, ps_breakdown, GTK_TYPE_WIDGET)

GtkWidget *
ps_breakdown_new (void)
{
  return g_object_new (PS_TYPE_BREAKDOWN, NULL);
}

GListStore *
ps_breakdown_get_store (PsBreakdown *self)
{
  g_return_val_if_fail (PS_IS_BREAKDOWN (self), NULL);
  return self->store;
}

gboolean
ps_breakdown_get_narrow (PsBreakdown *self)
{
  g_return_val_if_fail (PS_IS_BREAKDOWN (self), FALSE);
  return self->narrow;
}

GtkWidget *
ps_breakdown_get_table (PsBreakdown *self)
{
  g_return_val_if_fail (PS_IS_BREAKDOWN (self), NULL);
  return GTK_WIDGET (self->table);
}

GtkWidget *
ps_breakdown_get_rows (PsBreakdown *self)
{
  g_return_val_if_fail (PS_IS_BREAKDOWN (self), NULL);
  return GTK_WIDGET (self->rows);
}

/* ------------------------------------------------------------ the rows */

/* An amount's caption is its column's heading. */
static const char *const caption_keys[] = { "ps-base-caption", "ps-employee-caption", "ps-employer-caption" };

static void
update_captions (PsBreakdown *self,
                 GtkWidget   *row)
{
  GtkColumnViewColumn *columns[] = { self->base_column, self->employee_column, self->employer_column };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkLabel *caption = g_object_get_data (G_OBJECT (row), caption_keys[i]);

      if (caption != NULL)
        gtk_label_set_label (caption, gtk_column_view_column_get_title (columns[i]));
    }
}

static gboolean
nonempty_to_visible (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_boolean (to, text != NULL && *text != '\0');
  return TRUE;
}

/* a line's label, its glossary term made a link */
static gboolean
label_to_markup (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_take_string (to, ps_glossary_links_markup (g_value_get_string (from)));
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PsBreakdown *self = user_data;
  static const struct
  {
    const char *rate;
    const char *amount;
  } sides[] = {
    { NULL, "base" },
    { "employee-rate", "employee" },
    { "employer-rate", "employer" },
  };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *grid = gtk_grid_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "breakdown-row");
  gtk_label_set_use_markup (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  ps_glossary_links_attach (GTK_LABEL (title));
  g_object_bind_property_full (item, "label", title, "label", G_BINDING_SYNC_CREATE,
                               label_to_markup, NULL, NULL, NULL);
  g_object_bind_property (item, "tooltip", row, "tooltip-markup", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), title);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      GtkWidget *caption = gtk_label_new (NULL);
      GtkWidget *rate = gtk_label_new (NULL);
      GtkWidget *amount = gtk_label_new (NULL);
      GtkWidget *cells[] = { caption, rate, amount };

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (caption, TRUE);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      g_object_set_data (G_OBJECT (row), caption_keys[i], caption);

      gtk_label_set_use_markup (GTK_LABEL (rate), TRUE);
      gtk_label_set_xalign (GTK_LABEL (rate), 1);
      gtk_widget_add_css_class (rate, "numeric");
      gtk_widget_add_css_class (rate, "dim-label");
      if (sides[i].rate != NULL)
        g_object_bind_property (item, sides[i].rate, rate, "label", G_BINDING_SYNC_CREATE);

      gtk_label_set_use_markup (GTK_LABEL (amount), TRUE);
      gtk_label_set_xalign (GTK_LABEL (amount), 1);
      /* the amounts line up from one row to the next */
      gtk_label_set_width_chars (GTK_LABEL (amount), 11);
      gtk_widget_add_css_class (amount, "numeric");
      g_object_bind_property (item, sides[i].amount, amount, "label", G_BINDING_SYNC_CREATE);

      /* a side with nothing to show takes no room */
      for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
        {
          g_object_bind_property_full (item, sides[i].amount, cells[k], "visible", G_BINDING_SYNC_CREATE,
                                       nonempty_to_visible, NULL, NULL, NULL);
          gtk_grid_attach (GTK_GRID (grid), cells[k], k, i, 1, 1);
        }
    }
  gtk_box_append (GTK_BOX (box), grid);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  update_captions (self, row);
  return row;
}

static gboolean
build_rows_cb (gpointer user_data)
{
  PsBreakdown *self = user_data;

  self->build_idle = 0;
  self->rows_built = TRUE;
  gtk_list_box_bind_model (self->rows, G_LIST_MODEL (self->store), create_row, self, NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
ps_breakdown_set_headings (PsBreakdown *self,
                           const char  *employee_rate,
                           const char  *employee,
                           gboolean     employer)
{
  g_return_if_fail (PS_IS_BREAKDOWN (self));

  gtk_column_view_column_set_title (self->employee_rate_column, employee_rate);
  gtk_column_view_column_set_title (self->employee_column, employee);
  gtk_column_view_column_set_visible (self->employer_rate_column, employer);
  gtk_column_view_column_set_visible (self->employer_column, employer);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rows)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    update_captions (self, row);
}

/* ------------------------------------------------------------ layout */

/* The table's width with its labels wrapped as far as they go (its
 * minimum), or at their length (its natural width). */
static void
table_width (PsBreakdown *self,
             int         *minimum,
             int         *natural)
{
  gtk_widget_measure (GTK_WIDGET (self->table), GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

/* The table down to its minimum width; the rows below, once they are
 * made (before, the table scrolls for a frame). */
static gboolean
table_fits (PsBreakdown *self,
            int          width)
{
  int minimum;

  table_width (self, &minimum, NULL);
  return width >= minimum;
}

static gboolean
use_rows (PsBreakdown *self,
          int          width)
{
  if (width < 0)
    return self->narrow;
  return self->rows_built && !table_fits (self, width);
}

static GtkSizeRequestMode
ps_breakdown_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ps_breakdown_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PsBreakdown *self = PS_BREAKDOWN (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int rows_minimum = 0;

      gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, -1, minimum, NULL, NULL, NULL);
      if (self->rows_built)
        gtk_widget_measure (GTK_WIDGET (self->rows), orientation, -1, &rows_minimum, NULL, NULL, NULL);
      table_width (self, NULL, natural);
      *minimum = MAX (*minimum, rows_minimum);
      *natural = MAX (*minimum, *natural);
    }
  else
    gtk_widget_measure (use_rows (self, for_size) ? GTK_WIDGET (self->rows) : GTK_WIDGET (self->scroller),
                        orientation, for_size, minimum, natural, NULL, NULL);
}

/* GtkColumnView (4.8) measures its rows one line high, whatever their
 * labels' wrapping, and makes rows only for the height it is given: when
 * a label wraps (a long one, wider amounts per year), the last lines are
 * cut or left out. Give the table the height its rows take, plus an
 * average row for each line left out, until all are there. */
static int
rows_shortfall (PsBreakdown *self,
                gboolean    *missing)
{
  GtkWidget *list = gtk_widget_get_last_child (GTK_WIDGET (self->table));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint n = 0;
  int total = 0, bottom = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row) && gtk_widget_get_child_visible (row))
      {
        graphene_rect_t bounds;

        n++;
        total += gtk_widget_get_height (row);
        if (gtk_widget_compute_bounds (row, list, &bounds))
          bottom = MAX (bottom, (int) ceil (bounds.origin.y + bounds.size.height));
      }
  *missing = n < n_items;
  if (n == 0)
    return 0;
  if (n_items > n)
    bottom += (n_items - n) * (total / n);
  return bottom - gtk_widget_get_height (list);
}

/* (a timeout: the list lays itself out again at the next frame) */
static gboolean
relayout_cb (gpointer user_data)
{
  PsBreakdown *self = user_data;
  gboolean missing;
  int shortfall;

  self->relayout_idle = 0;
  if (self->narrow)
    return G_SOURCE_REMOVE;
  if (self->reset_height)
    {
      gtk_widget_set_size_request (GTK_WIDGET (self->table), -1, -1);
      self->reset_height = FALSE;
      return G_SOURCE_REMOVE;
    }
  shortfall = rows_shortfall (self, &missing);
  if (shortfall > 0)
    gtk_widget_set_size_request (GTK_WIDGET (self->table), -1,
                                 gtk_widget_get_height (GTK_WIDGET (self->table)) + shortfall);
  if ((shortfall > 0 || missing) && self->relayouts < 8)
    {
      self->relayouts++;
      self->relayout_idle = g_timeout_add (50, relayout_cb, self);
    }
  return G_SOURCE_REMOVE;
}

/* Another status, another period, another width: the table's own height. */
static void
store_changed_cb (PsBreakdown *self)
{
  self->relayouts = 0;
  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  gtk_widget_set_size_request (GTK_WIDGET (self->table), -1, -1);
}

static void
ps_breakdown_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PsBreakdown *self = PS_BREAKDOWN (widget);
  gboolean narrow = use_rows (self, width);

  if (!self->rows_built && self->build_idle == 0 && !table_fits (self, width))
    self->build_idle = g_idle_add (build_rows_cb, self);

  self->narrow = narrow;
  gtk_widget_set_child_visible (GTK_WIDGET (self->scroller), !narrow);
  gtk_widget_set_child_visible (GTK_WIDGET (self->rows), narrow);
  gtk_widget_allocate (narrow ? GTK_WIDGET (self->rows) : GTK_WIDGET (self->scroller),
                       width, height, baseline, NULL);
  if (narrow || self->relayout_idle != 0)
    return;
  if (width != self->last_width)
    {
      /* wider or narrower: the rows wrap otherwise */
      self->last_width = width;
      self->relayouts = 0;
      self->reset_height = TRUE;
    }
  /* (not while the table scrolls, before the rows are made) */
  else if (self->relayouts >= 8 || !table_fits (self, width))
    return;
  /* once laid out: its rows are all there */
  self->relayout_idle = g_timeout_add (50, relayout_cb, self);
}

/* ------------------------------------------------------------ the table */

/* The table's cells: a label bound to one PsLineItem property, with the
 * line's tooltip. A signal factory: no markup to parse for each cell, so
 * that the table fills fast; the bindings follow in-place updates. */
static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  gboolean is_label = g_str_equal (user_data, "label");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  if (is_label)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      ps_glossary_links_attach (GTK_LABEL (label));
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (list_item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GBinding *text = g_object_bind_property_full (item, user_data, label, "label", G_BINDING_SYNC_CREATE,
                                                g_str_equal (user_data, "label") ? label_to_markup : NULL,
                                                NULL, NULL, NULL);
  GBinding *tip = g_object_bind_property (item, "tooltip", label, "tooltip-markup", G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (list_item), "ps-text-binding", text);
  g_object_set_data (G_OBJECT (list_item), "ps-tip-binding", tip);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  g_binding_unbind (g_object_get_data (G_OBJECT (list_item), "ps-text-binding"));
  g_binding_unbind (g_object_get_data (G_OBJECT (list_item), "ps-tip-binding"));
  g_object_set_data (G_OBJECT (list_item), "ps-text-binding", NULL);
  g_object_set_data (G_OBJECT (list_item), "ps-tip-binding", NULL);
}

static GtkListItemFactory *
cell_factory (const char *property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  /* @property is a static string */
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), (gpointer) property);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), (gpointer) property);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), (gpointer) property);
  return factory;
}

/* The table scrolls sideways only (for a frame, before the rows are
 * made): a vertical wheel over it scrolls the page, which its scrolled
 * window would keep otherwise. */
static gboolean
scroll_cb (PsBreakdown              *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GtkWidget *page = gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (self)), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step;

  if (dy == 0 || page == NULL)
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    step = dy;
  else /* wheel clicks: the step GtkScrolledWindow takes */
    step = dy * pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
  return TRUE;
}

/* ------------------------------------------------------------ GObject */

static void
ps_breakdown_dispose (GObject *object)
{
  PsBreakdown *self = PS_BREAKDOWN (object);
  GtkWidget *child;

  g_clear_handle_id (&self->build_idle, g_source_remove);
  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_BREAKDOWN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_breakdown_parent_class)->dispose (object);
}

static void
ps_breakdown_class_init (PsBreakdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_breakdown_dispose;
  widget_class->get_request_mode = ps_breakdown_get_request_mode;
  widget_class->measure = ps_breakdown_measure;
  widget_class->size_allocate = ps_breakdown_size_allocate;

  g_type_ensure (PS_TYPE_LINE_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-breakdown.ui");
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, scroller);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, table);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, store);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, label_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, base_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employee_rate_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employee_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employer_rate_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employer_column);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, rows);
}

static void
ps_breakdown_init (PsBreakdown *self)
{
  static const char *properties[] = {
    "label", "base", "employee-rate", "employee", "employer-rate", "employer",
  };
  GtkColumnViewColumn *columns[G_N_ELEMENTS (properties)];

  gtk_widget_init_template (GTK_WIDGET (self));
  columns[0] = self->label_column;
  columns[1] = self->base_column;
  columns[2] = self->employee_rate_column;
  columns[3] = self->employee_column;
  columns[4] = self->employer_rate_column;
  columns[5] = self->employer_column;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr (GtkListItemFactory) factory = cell_factory (properties[i]);
      gtk_column_view_column_set_factory (columns[i], factory);
    }
  gtk_widget_set_child_visible (GTK_WIDGET (self->rows), FALSE);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

    gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
    g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);
  }
}
