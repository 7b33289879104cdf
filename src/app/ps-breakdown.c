/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-breakdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-breakdown.h"
#include "ps-glossary-links.h"
#include "ps-line-item.h"

struct _PsBreakdown
{
  GtkWidget            parent_instance;

  GtkGrid             *table;      /* row 0: the headings; a row per line */
  GListStore          *store;
  GtkLabel            *label_heading;
  GtkLabel            *base_heading;
  GtkLabel            *employee_rate_heading;
  GtkLabel            *employee_heading;
  GtkLabel            *employer_rate_heading;
  GtkLabel            *employer_heading;
  GtkListBox          *rows;

  gboolean             employer;    /* the employer's columns are shown */
  gboolean             rows_built;  /* the rows, made the first time they are needed */
  gboolean             narrow;      /* the rows are shown, not the table */
  guint                build_idle;
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
  GtkLabel *headings[] = { self->base_heading, self->employee_heading, self->employer_heading };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      GtkLabel *caption = g_object_get_data (G_OBJECT (row), caption_keys[i]);

      PsLineItem *item = g_object_get_data (G_OBJECT (row), "ps-item");
      const char *own = i == 1 && item != NULL ? ps_line_item_get_amount_caption (item) : NULL;

      if (caption != NULL)
        gtk_label_set_label (caption, own != NULL ? own : gtk_label_get_label (headings[i]));
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
  g_object_set_data_full (G_OBJECT (row), "ps-item", g_object_ref (item), g_object_unref);
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

/* the table's columns: a PsLineItem property each */
static const char *const properties[] = {
  "label", "base", "employee-rate", "employee", "employer-rate", "employer",
};
#define FIRST_EMPLOYER_COLUMN 4

void
ps_breakdown_set_headings (PsBreakdown *self,
                           const char  *employee_rate,
                           const char  *employee,
                           gboolean     employer)
{
  g_return_if_fail (PS_IS_BREAKDOWN (self));

  gtk_label_set_label (self->employee_rate_heading, employee_rate);
  gtk_label_set_label (self->employee_heading, employee);
  self->employer = employer;
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->table)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      int column;

      gtk_grid_query_child (self->table, cell, &column, NULL, NULL, NULL);
      if (column >= FIRST_EMPLOYER_COLUMN)
        gtk_widget_set_visible (cell, employer);
    }
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
 * made (before, the table is cut for a frame). */
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

/* The table is a GtkGrid: its rows are as tall as their wrapped labels
 * from the first frame (a GtkColumnView measured them one line high, and
 * was grown over a few frames). */
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

      /* narrower than the table: its rows (the table is cut for the
       * frame before they are made) */
      if (self->rows_built)
        gtk_widget_measure (GTK_WIDGET (self->rows), orientation, -1, &rows_minimum, NULL, NULL, NULL);
      table_width (self, NULL, natural);
      *minimum = rows_minimum;
      *natural = MAX (*minimum, *natural);
    }
  else if (use_rows (self, for_size))
    gtk_widget_measure (GTK_WIDGET (self->rows), orientation, for_size, minimum, natural, NULL, NULL);
  else
    {
      int table_minimum;

      table_width (self, &table_minimum, NULL);
      gtk_widget_measure (GTK_WIDGET (self->table), orientation, MAX (for_size, table_minimum),
                          minimum, natural, NULL, NULL);
    }
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
  gtk_widget_set_child_visible (GTK_WIDGET (self->table), !narrow);
  gtk_widget_set_child_visible (GTK_WIDGET (self->rows), narrow);
  if (narrow)
    gtk_widget_allocate (GTK_WIDGET (self->rows), width, height, baseline, NULL);
  else
    {
      int minimum, table_height;

      /* (cut, not squeezed, for the frame before the rows are made) */
      table_width (self, &minimum, NULL);
      width = MAX (width, minimum);
      gtk_widget_measure (GTK_WIDGET (self->table), GTK_ORIENTATION_VERTICAL, width, &table_height, NULL, NULL, NULL);
      gtk_widget_allocate (GTK_WIDGET (self->table), width, MAX (height, table_height), baseline, NULL);
    }
}

/* ------------------------------------------------------------ the table */

/* A cell: a label bound to one PsLineItem property, with the line's
 * tooltip; the bindings follow in-place updates. */
static GtkWidget *
cell_new (PsBreakdown *self,
          PsLineItem  *item,
          guint        column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "breakdown-cell");
  if (column == 0)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
      ps_glossary_links_attach (GTK_LABEL (label));
      g_object_bind_property_full (item, properties[column], label, "label", G_BINDING_SYNC_CREATE,
                                   label_to_markup, NULL, NULL, NULL);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
      g_object_bind_property (item, properties[column], label, "label", G_BINDING_SYNC_CREATE);
    }
  g_object_bind_property (item, "tooltip", label, "tooltip-markup", G_BINDING_SYNC_CREATE);
  if (column >= FIRST_EMPLOYER_COLUMN)
    gtk_widget_set_visible (label, self->employer);
  return label;
}

/* The lines changed: the table's rows again (the headings stay). */
static void
store_changed_cb (PsBreakdown *self)
{
  GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->table));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* a line's glossary link may hold the focus (opened with Enter): let it
   * go before its label is destroyed, so the window never keeps it */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
  while (cell != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (cell);
      int row;

      gtk_grid_query_child (self->table, cell, NULL, &row, NULL, NULL);
      if (row > 0)
        gtk_grid_remove (self->table, cell);
      cell = next;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PsLineItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      for (guint c = 0; c < G_N_ELEMENTS (properties); c++)
        gtk_grid_attach (self->table, cell_new (self, item, c), c, i + 1, 1, 1);
    }
}

/* ------------------------------------------------------------ GObject */

static void
ps_breakdown_dispose (GObject *object)
{
  PsBreakdown *self = PS_BREAKDOWN (object);
  GtkWidget *child;

  g_clear_handle_id (&self->build_idle, g_source_remove);
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
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, table);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, store);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, label_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, base_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employee_rate_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employee_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employer_rate_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, employer_heading);
  gtk_widget_class_bind_template_child (widget_class, PsBreakdown, rows);
}

static void
ps_breakdown_init (PsBreakdown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->employer = TRUE;
  /* the table cut, not drawn over the page, the frame before the rows */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_child_visible (GTK_WIDGET (self->rows), FALSE);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}
