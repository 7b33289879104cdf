/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-protection-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-protection-row.h"

struct _PsProtectionRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (PsProtectionRow, ps_protection_row, GTK_TYPE_WIDGET)

GtkWidget *
ps_protection_row_new (void)
{
  return g_object_new (PS_TYPE_PROTECTION_ROW, NULL);
}

const char *
ps_protection_row_get_text (PsProtectionRow *self)
{
  g_return_val_if_fail (PS_IS_PROTECTION_ROW (self), NULL);
  return gtk_label_get_label (self->text_label);
}

void
ps_protection_row_update (PsProtectionRow *self,
                          const PsRights  *r,
                          PsPeriod         period)
{
  g_autofree char *pension = NULL;
  g_autofree char *unemployment = NULL;
  g_autofree char *sick = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree const char **notes = NULL;
  g_autoptr (GString) details = g_string_new (NULL);

  g_return_if_fail (PS_IS_PROTECTION_ROW (self));

  if (r->scheme != PS_PENSION_SCHEME_NONE)
    {
      g_autofree char *amount = ps_format_money_display (ps_period_of_yearly (period, r->pension_yearly_accrued));
      g_autofree char *points = g_strdup_printf ("%.0f", r->points);

      pension = period == PS_PERIOD_YEAR
                /* Translators: quarters validated of 4, points, then a yearly
                 * pension: “Pension: 4/4 quarters, 297 points (≈ 427,87 € a year)” */
                ? g_strdup_printf (_("Pension: %d/4 quarters, %s points (≈ %s a year)"),
                                   r->pension_quarters, points, amount)
                /* Translators: quarters validated of 4, points, then a monthly
                 * pension: “Pension: 4/4 quarters, 297 points (≈ 35,66 € a month)” */
                : g_strdup_printf (_("Pension: %d/4 quarters, %s points (≈ %s a month)"),
                                   r->pension_quarters, points, amount);
    }
  else
    /* Translators: quarters validated of 4 */
    pension = g_strdup_printf (_("Pension: %d/4 quarters, no points"), r->pension_quarters);

  if (r->are_eligible && r->are_days > 0)
    {
      g_autofree char *daily = ps_format_money_display (r->are_daily);

      /* Translators: a daily allowance and a number of days */
      unemployment = g_strdup_printf (_("Unemployment: %s a day for %.0f days"), daily, r->are_days);
    }
  else
    unemployment = g_strdup (_("Unemployment: none"));

  {
    gboolean yearly = period == PS_PERIOD_YEAR;
    g_autofree char *stop = ps_format_money_display (yearly ? r->sick_year_net : r->sick_month_net);
    g_autofree char *working = ps_format_money_display (yearly ? r->working_year_net : r->working_month_net);

    sick = yearly
           /* Translators: a year with a month off sick leaves this amount,
            * against a working year's: “A year with a month off sick:
            * 50 880,50 € (working: 51 917,68 €)” */
           ? g_strdup_printf (_("A year with a month off sick: %s (working: %s)"), stop, working)
           /* Translators: a month off sick leaves this amount, against a working
            * month's: “A month off sick: 3 287,70 € (working: 4 324,88 €)” */
           : g_strdup_printf (_("A month off sick: %s (working: %s)"), stop, working);
  }

  text = g_strjoin ("\n", pension, unemployment, sick, NULL);
  gtk_label_set_label (self->text_label, text);

  notes = ps_rights_note_labels (r->notes);
  for (int i = 0; notes[i] != NULL; i++)
    g_string_append_printf (details, "%s%s", details->len > 0 ? "\n" : "", _(notes[i]));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), details->len > 0 ? details->str : NULL);
}

static void
ps_protection_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_PROTECTION_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_protection_row_parent_class)->dispose (object);
}

static void
ps_protection_row_class_init (PsProtectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_protection_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-protection-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PsProtectionRow, box);
  gtk_widget_class_bind_template_child (widget_class, PsProtectionRow, text_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_protection_row_init (PsProtectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
