/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-status-card"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-chart-view.h"
#include "ps-money.h"
#include "ps-status-card.h"

struct _PsStatusCard
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *swatch;
  GtkLabel  *name_label;
  GtkWidget *best_label;
  GtkWidget *ineligible_label;
  GtkLabel  *amount_label;
  GtkLabel  *period_label;
  GtkLabel  *before_tax_label;
  GtkLabel  *difference_label;

  PsStatus   status;
  gboolean   best;
  guint      lines_idle;
};

G_DEFINE_FINAL_TYPE (PsStatusCard, ps_status_card, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PsStatusCard *self = user_data;
  GdkRGBA color;

  ps_chart_series_color (self->status, &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

GtkWidget *
ps_status_card_new (PsStatus status)
{
  PsStatusCard *self = g_object_new (PS_TYPE_STATUS_CARD, NULL);

  self->status = status;
  gtk_label_set_label (self->name_label, _(ps_status_name (status)));
  return GTK_WIDGET (self);
}

PsStatus
ps_status_card_get_status (PsStatusCard *self)
{
  g_return_val_if_fail (PS_IS_STATUS_CARD (self), 0);
  return self->status;
}

gboolean
ps_status_card_get_best (PsStatusCard *self)
{
  g_return_val_if_fail (PS_IS_STATUS_CARD (self), FALSE);
  return self->best;
}

const char *
ps_status_card_get_amount_text (PsStatusCard *self)
{
  g_return_val_if_fail (PS_IS_STATUS_CARD (self), NULL);
  return gtk_label_get_label (self->amount_label);
}

void
ps_status_card_add_footer (PsStatusCard *self,
                           GtkWidget    *footer)
{
  g_return_if_fail (PS_IS_STATUS_CARD (self));
  gtk_box_append (GTK_BOX (self->box), footer);
}

void
ps_status_card_update (PsStatusCard          *self,
                       const PsStatusSummary *monthly,
                       PsPeriod               period)
{
  PsStatusSummary shown;
  const PsStatusSummary *s = &shown;
  gboolean yearly = period == PS_PERIOD_YEAR;
  g_autofree char *amount = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *difference = NULL;
  g_autofree char *accessible = NULL;
  const char *reference = _(ps_status_name (PS_STATUS_REFERENCE));

  g_return_if_fail (PS_IS_STATUS_CARD (self));
  g_return_if_fail (monthly->status == self->status);

  ps_period_summary (period, monthly, &shown);
  gtk_label_set_label (self->period_label, yearly ? _("net after income tax, per year")
                                                  : _("net after income tax, per month"));
  amount = ps_format_money_display (s->net_after_tax);
  gtk_label_set_label (self->amount_label, amount);

  before = ps_format_money_display (s->net_before_tax);
  /* Translators: %s is an amount per month */
  before_text = g_strdup_printf (_("Before income tax: %s"), before);
  gtk_label_set_label (self->before_tax_label, before_text);

  gtk_widget_remove_css_class (GTK_WIDGET (self->difference_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->difference_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->difference_label), "dim-label");
  if (s->reference)
    {
      difference = g_strdup (_("The reference of the comparison"));
      gtk_widget_add_css_class (GTK_WIDGET (self->difference_label), "dim-label");
    }
  else if (fabs (s->vs_reference) < 0.005)
    {
      /* Translators: %s is a status, “Portage salarial” */
      difference = g_strdup_printf (_("The same as %s"), reference);
      gtk_widget_add_css_class (GTK_WIDGET (self->difference_label), "dim-label");
    }
  else
    {
      g_autofree char *delta = ps_format_money_display (s->vs_reference);
      g_autofree char *signed_delta = s->vs_reference > 0 ? g_strconcat ("+", delta, NULL)
                                                          : g_strdup (delta);

      difference = yearly
                   /* Translators: “Compared with Portage salarial: +1 481,40 € a year” */
                   ? g_strdup_printf (_("Compared with %s: %s a year"), reference, signed_delta)
                   /* Translators: “Compared with Portage salarial: +123,45 € a month” */
                   : g_strdup_printf (_("Compared with %s: %s a month"), reference, signed_delta);
      /* a status that can't be used (or a reference that can't) is never
       * shown as a win: grey, not green */
      gtk_widget_add_css_class (GTK_WIDGET (self->difference_label),
                                !s->eligible || !s->reference_eligible ? "dim-label"
                                : s->vs_reference > 0 ? "success" : "error");
    }
  gtk_label_set_label (self->difference_label, difference);

  self->best = s->best;
  gtk_widget_set_visible (self->best_label, s->best);
  gtk_widget_set_visible (self->ineligible_label, !s->eligible);
  /* the true reason: above the micro ceiling, below portage's minimum */
  if (!s->eligible && ps_unusable_label (s->unusable) != NULL)
    gtk_label_set_label (GTK_LABEL (self->ineligible_label), _(ps_unusable_label (s->unusable)));
  /* the law keeps the regime two years running above the ceiling (the
   * Years view shows them): allowed for a while, never a lasting choice */
  gtk_widget_set_tooltip_text (self->ineligible_label,
                               !s->eligible && s->unusable == PS_UNUSABLE_ABOVE_CEILING
                               ? _("Above the micro-entreprise ceiling. The law keeps the regime for two years "
                                   "running above it at most, then it is lost: not a lasting choice, so not "
                                   "compared here. The Years view shows those years.")
                               : NULL);
  if (s->eligible)
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_label), "dim-label");

  accessible = g_strdup_printf ("%s%s: %s. %s. %s", _(ps_status_name (self->status)),
                                s->best ? _(", the best") : "", amount, before_text, difference);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

/* ------------------------------------------------------------ layout */

/* The cards are in a homogeneous GtkFlowBox, so that the cards of a line
 * share their width and height; but it gives every card the height of the
 * tallest of all, on every line: one card a line (a narrow window), each
 * would end in empty space. When the box can't hold two cards side by side
 * at their natural width (what makes a homogeneous GtkFlowBox put one a
 * line), it is made non-homogeneous with one card a line, each as tall as
 * its content; homogeneous again when two fit. (Decided from the box's
 * width and the cards' natural widths, not from the current layout: the
 * same answer whatever the mode.) */
#define CARDS_PER_LINE_KEY "ps-cards-per-line"

static gboolean
update_lines_cb (gpointer user_data)
{
  PsStatusCard *self = user_data;
  GtkWidget *box = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_FLOW_BOX);
  int widest = 0;  /* natural */
  gboolean alone;
  guint per_line;

  self->lines_idle = 0;
  if (box == NULL || gtk_widget_get_width (box) <= 0)
    return G_SOURCE_REMOVE;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      {
        int natural;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
        widest = MAX (widest, natural);
      }
  alone = gtk_widget_get_width (box) < 2 * widest + (int) gtk_flow_box_get_column_spacing (GTK_FLOW_BOX (box));
  /* the box's own maximum, kept while it is one a line */
  per_line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), CARDS_PER_LINE_KEY));
  if (alone && per_line == 0)
    {
      g_object_set_data (G_OBJECT (box), CARDS_PER_LINE_KEY,
                         GUINT_TO_POINTER (gtk_flow_box_get_max_children_per_line (GTK_FLOW_BOX (box))));
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 1);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), FALSE);
    }
  else if (!alone && per_line != 0)
    {
      g_object_set_data (G_OBJECT (box), CARDS_PER_LINE_KEY, NULL);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), per_line);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
ps_status_card_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (PS_STATUS_CARD (widget)->box, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
ps_status_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ps_status_card_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PsStatusCard *self = PS_STATUS_CARD (widget);
  GtkWidget *box = gtk_widget_get_ancestor (widget, GTK_TYPE_FLOW_BOX);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  /* (not while the box allocates its cards: it would lose its lines) */
  if (box != NULL && self->lines_idle == 0)
    self->lines_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_lines_cb, self, NULL);
}

static void
ps_status_card_dispose (GObject *object)
{
  GtkWidget *child;

  g_clear_handle_id (&PS_STATUS_CARD (object)->lines_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_STATUS_CARD);
  /* the template's root child is not bound: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_status_card_parent_class)->dispose (object);
}

static void
ps_status_card_class_init (PsStatusCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_status_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-status-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, box);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, swatch);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, best_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, ineligible_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, amount_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, period_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, before_tax_label);
  gtk_widget_class_bind_template_child (widget_class, PsStatusCard, difference_label);
  widget_class->measure = ps_status_card_measure;
  widget_class->get_request_mode = ps_status_card_get_request_mode;
  widget_class->size_allocate = ps_status_card_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ps_status_card_init (PsStatusCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
}
