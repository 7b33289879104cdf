/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-suffix-box"

#include "config.h"

#include "ps-suffix-box.h"

#define SPACING 12

struct _PsSuffixBox
{
  GtkWidget  parent_instance;
  GtkWidget *content;
  GtkWidget *suffix;
};

G_DEFINE_FINAL_TYPE (PsSuffixBox, ps_suffix_box, GTK_TYPE_WIDGET)

/* The suffix keeps its natural width, within half of @width; the
 * content has the rest. */
static void
split_width (PsSuffixBox *self,
             int          width,
             int         *content_width,
             int         *suffix_width)
{
  int min = 0, nat = 0;

  if (self->suffix == NULL || !gtk_widget_get_visible (self->suffix))
    {
      *suffix_width = 0;
      *content_width = width;
      return;
    }
  gtk_widget_measure (self->suffix, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  *suffix_width = MAX (min, MIN (nat, (width - SPACING) / 2));
  *content_width = MAX (0, width - SPACING - *suffix_width);
}

static void
ps_suffix_box_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PsSuffixBox *self = PS_SUFFIX_BOX (widget);
  int content_min = 0, content_nat = 0, suffix_min = 0, suffix_nat = 0;
  gboolean with_suffix = self->suffix != NULL && gtk_widget_get_visible (self->suffix);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* the widths the content can take, whatever the height: it is
       * laid out height-for-width */
      gtk_widget_measure (self->content, orientation, -1, &content_min, &content_nat, NULL, NULL);
      if (with_suffix)
        gtk_widget_measure (self->suffix, orientation, -1, &suffix_min, &suffix_nat, NULL, NULL);
      *minimum = content_min + (with_suffix ? SPACING + suffix_min : 0);
      *natural = content_nat + (with_suffix ? SPACING + suffix_nat : 0);
    }
  else
    {
      int content_width = -1, suffix_width = -1;

      if (for_size >= 0)
        split_width (self, for_size, &content_width, &suffix_width);
      gtk_widget_measure (self->content, orientation, content_width, &content_min, &content_nat, NULL, NULL);
      if (with_suffix)
        gtk_widget_measure (self->suffix, orientation, suffix_width, &suffix_min, &suffix_nat, NULL, NULL);
      *minimum = MAX (content_min, suffix_min);
      *natural = MAX (content_nat, suffix_nat);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static GtkSizeRequestMode
ps_suffix_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ps_suffix_box_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PsSuffixBox *self = PS_SUFFIX_BOX (widget);
  int content_width, suffix_width, suffix_height = 0;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  split_width (self, width, &content_width, &suffix_width);
  gtk_widget_size_allocate (self->content,
                            &(GtkAllocation) { rtl ? width - content_width : 0, 0, content_width, height }, -1);
  if (suffix_width > 0)
    {
      /* centred vertically, at its own height */
      gtk_widget_measure (self->suffix, GTK_ORIENTATION_VERTICAL, suffix_width, NULL, &suffix_height, NULL, NULL);
      suffix_height = MIN (suffix_height, height);
      gtk_widget_size_allocate (self->suffix,
                                &(GtkAllocation) { rtl ? 0 : width - suffix_width, (height - suffix_height) / 2,
                                                   suffix_width, suffix_height }, -1);
    }
}

static void
ps_suffix_box_dispose (GObject *object)
{
  PsSuffixBox *self = PS_SUFFIX_BOX (object);

  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->suffix, gtk_widget_unparent);
  G_OBJECT_CLASS (ps_suffix_box_parent_class)->dispose (object);
}

static void
ps_suffix_box_class_init (PsSuffixBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_suffix_box_dispose;
  widget_class->measure = ps_suffix_box_measure;
  widget_class->size_allocate = ps_suffix_box_size_allocate;
  widget_class->get_request_mode = ps_suffix_box_get_request_mode;
}

static void
ps_suffix_box_init (PsSuffixBox *self)
{
}

GtkWidget *
ps_suffix_box_new (GtkWidget *content,
                   GtkWidget *suffix)
{
  PsSuffixBox *self;

  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);
  g_return_val_if_fail (suffix == NULL || GTK_IS_WIDGET (suffix), NULL);

  self = g_object_new (PS_TYPE_SUFFIX_BOX, NULL);
  self->content = content;
  gtk_widget_set_parent (content, GTK_WIDGET (self));
  if (suffix != NULL)
    {
      self->suffix = suffix;
      gtk_widget_set_parent (suffix, GTK_WIDGET (self));
    }
  return GTK_WIDGET (self);
}
