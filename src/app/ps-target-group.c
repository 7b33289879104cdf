/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-target-group"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-breakeven.h"
#include "ps-inputs.h"
#include "ps-money.h"
#include "ps-period.h"
#include "ps-target-group.h"

struct _PsTargetGroup
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *group;
  AdwEntryRow *entry;
  GtkLabel   *error_label;
  GtkWidget  *rows[PS_N_STATUSES];
  GtkLabel   *answers[PS_N_STATUSES];

  PsParams   *params;        /* NULL until the first update */
  PsScenario  scenario;
  double      target;        /* per month; 0: none typed */
  PsPeriod    period;        /* what the entry is typed over: the results' */
  gboolean    converting;    /* the entry rewritten for a new period */
};

G_DEFINE_FINAL_TYPE (PsTargetGroup, ps_target_group, GTK_TYPE_WIDGET)

GtkWidget *
ps_target_group_new (void)
{
  return g_object_new (PS_TYPE_TARGET_GROUP, NULL);
}

static void
recompute (PsTargetGroup *self)
{
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsBreakeven be;
      g_autofree char *answer = NULL;
      const char *why = NULL;
      const char *tooltip = NULL;

      gtk_widget_set_visible (self->rows[i], self->target > 0 && self->params != NULL);
      if (self->target <= 0 || self->params == NULL)
        {
          gtk_label_set_label (self->answers[i], "");
          continue;
        }
      if (ps_breakeven_target (self->params, &self->scenario, i, self->target, &be))
        {
          g_autofree char *tjm = ps_format_money (be.tjm);

          if (be.at_lowest)
            {
              /* Translators: a day rate; the status leaves more than the
               * target already at the lowest day rate it can be used at */
              answer = g_strdup_printf (_("%s a day (its lowest)"), tjm);
              tooltip = _("Already at the lowest day rate at which it can be used, it leaves more than the net wanted");
            }
          else
            /* Translators: a day rate: “from 612,34 € a day” */
            answer = g_strdup_printf (_("from %s a day"), tjm);
        }
      else
        why = _(ps_breakeven_target_reason (&self->scenario, i));
      /* the day rate on the right; why none under the status (it wraps) */
      gtk_label_set_label (self->answers[i], answer != NULL ? answer : why);
      gtk_widget_set_visible (GTK_WIDGET (self->answers[i]), answer != NULL);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rows[i]), why != NULL ? why : "");
      gtk_widget_set_tooltip_text (self->rows[i], tooltip);
    }
}

static void
entry_changed_cb (PsTargetGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr (GError) error = NULL;
  double value = 0;

  if (self->converting)
    return;
  if (*text == '\0')
    self->target = 0;
  else if (ps_period_parse_target (self->period, self->period == PS_PERIOD_YEAR ? _("Net wanted per year")
                                                                                : _("Net wanted per month"),
                                   text, &value, &error))
    self->target = value;
  /* unreadable: the field says why, the last answers stay */
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  if (error == NULL)
    recompute (self);
}

void
ps_target_group_update (PsTargetGroup    *self,
                        const PsParams   *params,
                        const PsScenario *scenario)
{
  g_return_if_fail (PS_IS_TARGET_GROUP (self));
  g_return_if_fail (params != NULL && scenario != NULL);

  if (self->params == NULL)
    self->params = g_new0 (PsParams, 1);
  *self->params = *params;
  self->scenario = *scenario;
  recompute (self);
}

/* the group's words for @period */
static void
set_titles (PsTargetGroup *self)
{
  gboolean yearly = self->period == PS_PERIOD_YEAR;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         yearly ? _("Type the net after income tax you want per year: each status answers with the lowest day rate that leaves it, the other inputs as they are")
                                                : _("Type the net after income tax you want per month: each status answers with the lowest day rate that leaves it, the other inputs as they are"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry),
                                 yearly ? _("Net wanted per year, after income tax")
                                        : _("Net wanted per month, after income tax"));
}

void
ps_target_group_set_period (PsTargetGroup *self,
                            PsPeriod       period)
{
  const char *text;

  g_return_if_fail (PS_IS_TARGET_GROUP (self));
  if (self->period == period)
    return;
  /* the target stays the same, shown over the new period: the answers
   * don't move */
  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (*text != '\0' && self->target > 0 && ps_target_group_get_error (self) == NULL)
    {
      double shown = ps_period_amount (period, self->target);
      g_autofree char *typed = ps_format_number (shown, fabs (shown - round (shown)) < 0.005 ? 0 : 2);

      self->converting = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entry), typed);
      self->converting = FALSE;
    }
  self->period = period;
  set_titles (self);
}

PsPeriod
ps_target_group_get_period (PsTargetGroup *self)
{
  g_return_val_if_fail (PS_IS_TARGET_GROUP (self), PS_PERIOD_MONTH);
  return self->period;
}

const char *
ps_target_group_get_title (PsTargetGroup *self)
{
  g_return_val_if_fail (PS_IS_TARGET_GROUP (self), NULL);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->entry));
}

void
ps_target_group_set_target (PsTargetGroup *self,
                            const char    *text)
{
  g_return_if_fail (PS_IS_TARGET_GROUP (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

const char *
ps_target_group_get_answer (PsTargetGroup *self,
                            PsStatus       status)
{
  g_return_val_if_fail (PS_IS_TARGET_GROUP (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return gtk_label_get_label (self->answers[status]);
}

GtkEditable *
ps_target_group_get_entry (PsTargetGroup *self)
{
  g_return_val_if_fail (PS_IS_TARGET_GROUP (self), NULL);
  return GTK_EDITABLE (self->entry);
}

const char *
ps_target_group_get_error (PsTargetGroup *self)
{
  g_return_val_if_fail (PS_IS_TARGET_GROUP (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

static void
ps_target_group_dispose (GObject *object)
{
  PsTargetGroup *self = PS_TARGET_GROUP (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (ps_target_group_parent_class)->dispose (object);
}

static void
ps_target_group_finalize (GObject *object)
{
  PsTargetGroup *self = PS_TARGET_GROUP (object);

  g_free (self->params);
  G_OBJECT_CLASS (ps_target_group_parent_class)->finalize (object);
}

static void
ps_target_group_class_init (PsTargetGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_target_group_dispose;
  object_class->finalize = ps_target_group_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_target_group_init (PsTargetGroup *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  self->group = group;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Day Rate for a Net Wanted"));
  gtk_box_append (GTK_BOX (self->box), group);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  self->entry = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_entry_row_add_suffix (self->entry, gtk_label_new ("€"));
  gtk_editable_set_alignment (GTK_EDITABLE (self->entry), 1.0);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->entry));
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  set_titles (self);

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *answer = gtk_label_new ("");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(ps_status_name (i)));
      gtk_label_set_xalign (GTK_LABEL (answer), 1.0);
      gtk_widget_add_css_class (answer, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), answer);
      gtk_widget_set_visible (row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      self->rows[i] = row;
      self->answers[i] = GTK_LABEL (answer);
    }

  self->error_label = GTK_LABEL (gtk_label_new (""));
  gtk_label_set_xalign (self->error_label, 0);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "field-error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error_label));
}
