/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-year-summary"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-year-summary.h"

struct _PsYearSummary
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkLabel     *title;
  GtkLabel     *days;
  AdwActionRow *rows[PS_N_STATUSES];
  GtkLabel     *values[PS_N_STATUSES];
  PsYear       *year;     /* the last shown, for another period */
  PsPeriod      period;
};

G_DEFINE_FINAL_TYPE (PsYearSummary, ps_year_summary, GTK_TYPE_WIDGET)

GtkWidget *
ps_year_summary_new (void)
{
  return g_object_new (PS_TYPE_YEAR_SUMMARY, NULL);
}

/* How a status pays through the weeks without a mission. */
static const char *
gaps_text (PsStatus status)
{
  switch (status)
    {
    case PS_STATUS_CDI:
      return _("The ESN keeps paying the salary between missions and when sick");
    case PS_STATUS_PORTAGE:
      return _("No pay between missions, unless the réserve is drawn");
    case PS_STATUS_MICRO:
    case PS_STATUS_SASU:
    case PS_STATUS_EURL:
    case PS_N_STATUSES:
    default:
      return _("Nothing between missions: no client, no revenue");
    }
}

void
ps_year_summary_update (PsYearSummary *self,
                        const PsYear  *y)
{
  g_autofree char *title = NULL;
  g_autofree char *billed = NULL;
  g_autofree char *worked = NULL;
  g_autofree char *days = NULL;

  g_return_if_fail (PS_IS_YEAR_SUMMARY (self));

  if (self->year != y)
    {
      g_free (self->year);
      self->year = g_memdup2 (y, sizeof *y);
    }
  /* Translators: %d is a year */
  title = g_strdup_printf (_("A Realistic Year (%d)"), y->year);
  gtk_label_set_label (self->title, title);
  billed = ps_format_number (y->billed_days, y->billed_days == (int) y->billed_days ? 0 : 1);
  worked = ps_format_number (y->worked_days, y->worked_days == (int) y->worked_days ? 0 : 1);
  if (y->comparison.scenario.cdi_gross_yearly <= 0)
    {
      g_autofree char *paid = ps_format_number (y->esn_paid_days, y->esn_paid_days == (int) y->esn_paid_days ? 0 : 1);
      g_autofree char *margin = ps_format_percent (y->esn_margin_realised * 100, 1);

      /* Translators: days billed, days worked, days the ESN pays, its margin */
      days = g_strdup_printf (_("%s days billed, %s worked (training and prospecting included). The ESN pays %s days "
                                "(gaps and sick days included): its margin falls to %s."),
                              billed, worked, paid, margin);
    }
  else
    /* Translators: days billed, days worked */
    days = g_strdup_printf (_("%s days billed, %s worked (training and prospecting included)."), billed, worked);
  gtk_label_set_label (self->days, days);

  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      const PsStatusResult *r = &y->comparison.statuses[k];
      g_autofree char *text = NULL;
      g_autofree char *sick = NULL;
      g_autofree char *subtitle = NULL;

      /* how it pays through the gaps, and what the sick days bring */
      sick = ps_year_sick_text (&y->sick, k);
      subtitle = g_strdup_printf ("%s\n%s", gaps_text (k), sick);
      adw_action_row_set_subtitle (self->rows[k], subtitle);

      if (!r->eligible)
        text = g_strdup (_(ps_unusable_label (r->unusable)));
      else
        {
          g_autofree char *per_day = ps_format_money_display (y->net_per_day[k]);
          g_autofree char *per_hour = ps_format_money_display (y->net_per_hour[k]);
          /* the engine's own figures: the year's net, or its twelfth */
          g_autofree char *net = ps_format_money_display (self->period == PS_PERIOD_YEAR ? r->net_after_tax_yearly
                                                                                 : r->net_after_tax_monthly);
          g_autofree char *received = ps_format_money_display (ps_year_sick_received (&y->sick, k));
          gboolean yearly = self->period == PS_PERIOD_YEAR;

          /* Translators: net per day worked, per hour, per year; the sick
           * pay received (in the year's net) */
          if (k == PS_STATUS_CDI)
            text = yearly ? g_strdup_printf (_("%s a day worked\n%s an hour\n%s a year\nSalary kept when sick"),
                                             per_day, per_hour, net)
                          /* Translators: net per day worked, per hour, per month */
                          : g_strdup_printf (_("%s a day worked\n%s an hour\n%s a month\nSalary kept when sick"),
                                             per_day, per_hour, net);
          else if (ps_year_sick_received (&y->sick, k) <= 0)
            text = yearly ? g_strdup_printf (_("%s a day worked\n%s an hour\n%s a year\nNo sick pay"),
                                             per_day, per_hour, net)
                          /* Translators: net per day worked, per hour, per month */
                          : g_strdup_printf (_("%s a day worked\n%s an hour\n%s a month\nNo sick pay"),
                                             per_day, per_hour, net);
          else
            text = yearly ? g_strdup_printf (_("%s a day worked\n%s an hour\n%s a year\n%s of sick pay"),
                                             per_day, per_hour, net, received)
                          /* Translators: net per day worked, per hour, per month; the
                           * sick pay received over the year (in the year's net) */
                          : g_strdup_printf (_("%s a day worked\n%s an hour\n%s a month\n%s of sick pay in the year"),
                                             per_day, per_hour, net, received);
        }
      gtk_label_set_label (self->values[k], text);
      if (r->eligible)
        gtk_widget_remove_css_class (GTK_WIDGET (self->values[k]), "dim-label");
      else
        gtk_widget_add_css_class (GTK_WIDGET (self->values[k]), "dim-label");
    }
}

void
ps_year_summary_set_period (PsYearSummary *self,
                            PsPeriod       period)
{
  g_return_if_fail (PS_IS_YEAR_SUMMARY (self));

  if (self->period == period)
    return;
  self->period = period;
  if (self->year != NULL)
    ps_year_summary_update (self, self->year);
}

const char *
ps_year_summary_get_text (PsYearSummary *self,
                          PsStatus       status)
{
  g_return_val_if_fail (PS_IS_YEAR_SUMMARY (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return gtk_label_get_label (self->values[status]);
}

const char *
ps_year_summary_get_days (PsYearSummary *self)
{
  g_return_val_if_fail (PS_IS_YEAR_SUMMARY (self), NULL);
  return gtk_label_get_label (self->days);
}

static void
ps_year_summary_dispose (GObject *object)
{
  PsYearSummary *self = PS_YEAR_SUMMARY (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->year, g_free);
  G_OBJECT_CLASS (ps_year_summary_parent_class)->dispose (object);
}

static void
ps_year_summary_class_init (PsYearSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_year_summary_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_year_summary_init (PsYearSummary *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *caption = gtk_label_new (_("Net after income tax over the year, with its gaps, shared over the days actually "
                                        "worked."));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  self->days = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->days, 0);
  gtk_label_set_wrap (self->days, TRUE);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->days));
  gtk_box_append (GTK_BOX (self->box), caption);
  gtk_box_append (GTK_BOX (self->box), list);

  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *value = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(ps_status_name (k)));
      adw_action_row_set_subtitle (row, gaps_text (k));
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (value), 12);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_set_can_focus (value, FALSE);
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (row, value);
      gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
      self->rows[k] = row;
      self->values[k] = GTK_LABEL (value);
    }
}
