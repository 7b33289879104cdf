/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-flow-rows"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-flow-rows.h"
#include "ps-money.h"

static char *
step_text (const PsFlowStep *step,
           PsPeriod          period)
{
  g_autofree char *amount = ps_format_money_display (period == PS_PERIOD_YEAR ? step->yearly : step->monthly);
  g_autofree char *text = NULL;

  switch (step->kind)
    {
    case PS_FLOW_SUBTRACT:
      /* Translators: an amount taken off, “−250,00 €” (a true minus) */
      text = g_strdup_printf (_("−%s"), amount);
      break;
    case PS_FLOW_ADD:
      /* Translators: an amount added, “+5 000,40 €” */
      text = g_strdup_printf (_("+%s"), amount);
      break;
    case PS_FLOW_START:
    case PS_FLOW_RESULT:
    default:
      text = g_strdup (amount);
      break;
    }
  return g_steal_pointer (&text);
}

/* @row shows @step: its title, tooltip, note and amount */
static void
row_set (AdwActionRow     *row,
         const PsFlowStep *step,
         PsPeriod          period,
         const char       *note)
{
  GtkLabel *value = g_object_get_data (G_OBJECT (row), "ps-flow-value");
  char *text = step_text (step, period);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(step->label));
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), step->tooltip != NULL ? _(step->tooltip) : NULL);
  adw_action_row_set_subtitle (row, note != NULL ? note : "");
  gtk_label_set_label (value, text);
  g_object_set_data_full (G_OBJECT (row), "ps-flow-text", text, g_free);
}

static GtkWidget *
row_new (const PsFlowStep *step,
         PsPeriod          period,
         const char       *note)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *value = gtk_label_new (NULL);

  g_object_set_data (G_OBJECT (row), "ps-flow-value", value);
  g_object_set_data_full (G_OBJECT (row), "ps-flow-id", g_strdup (step->id), g_free);
  g_object_set_data (G_OBJECT (row), "ps-flow-kind", GINT_TO_POINTER (step->kind * 8 + step->level));
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_set_can_focus (value, FALSE);
  gtk_widget_add_css_class (value, "numeric");
  if (step->kind == PS_FLOW_RESULT || step->kind == PS_FLOW_START)
    gtk_widget_add_css_class (value, "heading");
  if (step->level > 0)
    {
      /* a detail of the step above: indented, dimmed */
      GtkWidget *indent = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_set_size_request (indent, 16 * step->level, -1);
      adw_action_row_add_prefix (row, indent);
      gtk_widget_add_css_class (value, "dim-label");
    }
  adw_action_row_add_suffix (row, value);
  row_set (row, step, period, note);
  return GTK_WIDGET (row);
}

static gboolean
same_rows (GtkListBox         *list,
           const PsStatusFlow *flow)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));

  for (int i = 0; i < flow->n_steps; i++, row = gtk_widget_get_next_sibling (row))
    if (row == NULL
        || g_strcmp0 (g_object_get_data (G_OBJECT (row), "ps-flow-id"), flow->steps[i].id) != 0
        || GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ps-flow-kind"))
           != (int) flow->steps[i].kind * 8 + flow->steps[i].level)
      return FALSE;
  return row == NULL;
}

void
ps_flow_rows_fill (GtkListBox         *list,
                   const PsStatusFlow *flow,
                   PsPeriod            period,
                   GHashTable         *notes)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (flow != NULL);

  /* the same steps (a keystroke): the rows stay, with their new figures */
  if (same_rows (list, flow))
    {
      child = gtk_widget_get_first_child (GTK_WIDGET (list));
      for (int i = 0; i < flow->n_steps; i++, child = gtk_widget_get_next_sibling (child))
        row_set (ADW_ACTION_ROW (child), &flow->steps[i], period,
                 notes != NULL ? g_hash_table_lookup (notes, flow->steps[i].id) : NULL);
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (int i = 0; i < flow->n_steps; i++)
    gtk_list_box_append (list, row_new (&flow->steps[i], period,
                                        notes != NULL ? g_hash_table_lookup (notes, flow->steps[i].id) : NULL));
}

const char *
ps_flow_rows_get_text (GtkListBox *list,
                       const char *id)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ps-flow-id"), id) == 0)
      return g_object_get_data (G_OBJECT (row), "ps-flow-text");
  return NULL;
}
