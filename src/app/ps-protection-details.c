/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-protection-details"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-protection-details.h"

struct _PsProtectionDetails
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkLabel     *title_label;
  GtkListBox   *list;

  AdwActionRow *rows[PS_N_RIGHTS_FIGURES];
  GtkLabel     *values[PS_N_RIGHTS_FIGURES];
};

G_DEFINE_FINAL_TYPE (PsProtectionDetails, ps_protection_details, GTK_TYPE_WIDGET)

GtkWidget *
ps_protection_details_new (void)
{
  return g_object_new (PS_TYPE_PROTECTION_DETAILS, NULL);
}

void
ps_protection_details_update (PsProtectionDetails *self,
                              const PsParams      *params,
                              PsRates             *rates,
                              const PsRights      *rights,
                              PsPeriod             period)
{
  PsRightsFigure figures[PS_N_RIGHTS_FIGURES];
  /* Translators: %s is a status, “Portage salarial” */
  g_autofree char *title = g_strdup_printf (_("%s: Protection for a Year"), _(ps_status_name (rights->status)));

  g_return_if_fail (PS_IS_PROTECTION_DETAILS (self));

  if (g_strcmp0 (gtk_label_get_label (self->title_label), title) != 0)
    gtk_label_set_label (self->title_label, title);
  ps_rights_figures_period (params, rates, rights, period, figures);
  for (int i = 0; i < PS_N_RIGHTS_FIGURES; i++)
    {
      const PsRightsFigure *f = &figures[i];
      g_autofree char *tooltip = NULL;

      /* a keystroke changes few of them: only those (a row's text is
       * markup, parsed and laid out again) */
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[i])), f->title) != 0)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), f->title);
      if (g_strcmp0 (adw_action_row_get_subtitle (self->rows[i]), f->detail) != 0)
        adw_action_row_set_subtitle (self->rows[i], f->detail);
      gtk_label_set_label (self->values[i], f->value);
      if (f->none)
        gtk_widget_add_css_class (GTK_WIDGET (self->values[i]), "dim-label");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->values[i]), "dim-label");
      if (*f->source != '\0')
        /* Translators: a rule, then its sources (one a line) */
        tooltip = g_strdup_printf (_("%s\n\nSources:\n%s"), f->rule, f->source);
      else
        tooltip = g_strdup (f->rule);
      if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->rows[i])), tooltip) != 0)
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->rows[i]), tooltip);
    }
  ps_rights_figures_clear (figures);
}

GtkWidget *
ps_protection_details_get_row (PsProtectionDetails *self,
                               PsRightsFigureId     figure)
{
  g_return_val_if_fail (PS_IS_PROTECTION_DETAILS (self), NULL);
  g_return_val_if_fail (figure < PS_N_RIGHTS_FIGURES, NULL);
  return GTK_WIDGET (self->rows[figure]);
}

const char *
ps_protection_details_get_value (PsProtectionDetails *self,
                                 PsRightsFigureId     figure)
{
  g_return_val_if_fail (PS_IS_PROTECTION_DETAILS (self), NULL);
  g_return_val_if_fail (figure < PS_N_RIGHTS_FIGURES, NULL);
  return gtk_label_get_label (self->values[figure]);
}

static void
ps_protection_details_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_PROTECTION_DETAILS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_protection_details_parent_class)->dispose (object);
}

static void
ps_protection_details_class_init (PsProtectionDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_protection_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-protection-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PsProtectionDetails, box);
  gtk_widget_class_bind_template_child (widget_class, PsProtectionDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, PsProtectionDetails, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_protection_details_init (PsProtectionDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < PS_N_RIGHTS_FIGURES; i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *value = gtk_label_new (NULL);

      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
      /* wide enough for "4 of 4" or an amount on a line; longer values wrap */
      gtk_label_set_width_chars (GTK_LABEL (value), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 20);
      gtk_widget_set_can_focus (value, FALSE);
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (row, value);
      gtk_list_box_append (self->list, GTK_WIDGET (row));
      self->rows[i] = row;
      self->values[i] = GTK_LABEL (value);
    }
}
