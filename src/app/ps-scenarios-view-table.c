/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenarios-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-scenarios-view-private.h"

/* The Scenarios view's figures: the table (a column per scenario, a row
 * per status) and, when narrow, a card per scenario. */

/* ------------------------------------------------------------ helpers */

/* "550 € a day · 200 days a year · fee 7 %" */
static char *
describe (const PsScenarioFile *file)
{
  g_autofree char *tjm = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_TJM);
  g_autofree char *days = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_DAYS);
  g_autofree char *fee = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_FEE_PCT);
  const PsOffer *offer = ps_scenario_file_current_offer (file);
  g_autofree char *rate = NULL;
  g_autofree char *billed = NULL;
  g_autofree char *terms = NULL;

  /* Translators: a day rate in euros */
  rate = g_strdup_printf (_("%s € a day"), tjm);
  billed = g_strdup_printf (file->days_unit == PS_DAYS_PER_MONTH
                            /* Translators: days billed a month */
                            ? _("%s days a month")
                            /* Translators: days billed a year */
                            : _("%s days a year"), days);
  if (offer != NULL)
    /* Translators: the portage offer a scenario uses, by its name */
    terms = g_strdup_printf (_("offer “%s”"), offer->name);
  else
    /* Translators: the portage firm's fee, a percent of the revenue */
    terms = g_strdup_printf (_("fee %s %%"), fee);
  return g_strdup_printf ("%s · %s · %s", rate, billed, terms);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
badge_new (void)
{
  /* Translators: the status that leaves the most in a scenario */
  GtkWidget *badge = gtk_label_new (_("Best"));

  gtk_widget_add_css_class (badge, "best-badge");
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  return badge;
}

static GtkWidget *
column_buttons (int index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit the Scenario"));
  gtk_widget_set_tooltip_text (remove, _("Remove the Scenario"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "scenarios.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (edit), g_variant_new_int32 (index));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "scenarios.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_int32 (index));
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* ------------------------------------------------------------ table */

/* What makes the table's widgets: the columns, their names, which
 * statuses are usable and best (else only the figures change). */
static char *
table_shape (PsScenariosView *self)
{
  const PsScenarios *sc = self->results;
  GString *shape = g_string_new (NULL);

  g_string_append_printf (shape, "%d %d|", sc->n, self->selected);
  for (int i = 0; i < sc->n; i++)
    {
      const PsComparison *cmp = &sc->columns[i].comparison;

      g_string_append_printf (shape, "%s|%d|", sc->columns[i].name, cmp->has_best ? (int) cmp->best : -1);
      for (int s = 0; s < PS_N_STATUSES; s++)
        g_string_append_printf (shape, "%d%d", cmp->statuses[s].eligible, cmp->statuses[s].unusable);
    }
  return g_string_free (shape, FALSE);
}

static void
set_amount (GtkWidget *label,
            gboolean   yearly,
            double     value)
{
  g_autofree char *amount = ps_format_money_display (value);
  g_autofree char *text = yearly ? g_strdup_printf (_("%s a year"), amount) : g_strdup_printf (_("%s a month"), amount);

  gtk_label_set_label (GTK_LABEL (label), text);
  g_object_set_data_full (G_OBJECT (label), "amount", g_steal_pointer (&amount), g_free);
}

/* A keystroke: the figures and the descriptions, in place. */
static void
update_table (PsScenariosView *self)
{
  const PsScenarios *sc = self->results;

  for (int i = 0; i < sc->n; i++)
    {
      g_autofree char *text = describe (&self->files[i]);

      gtk_label_set_label (GTK_LABEL (self->heads[i][1]), text);
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          const PsStatusResult *r = &sc->columns[i].comparison.statuses[s];

          set_amount (self->monthly[s][i], FALSE, r->net_after_tax_monthly);
          set_amount (self->yearly[s][i], TRUE, r->net_after_tax_yearly);
        }
    }
}

void
_ps_scenarios_view_fill_table (PsScenariosView *self)
{
  const PsScenarios *sc = self->results;
  g_autofree char *shape = table_shape (self);

  if (g_strcmp0 (shape, self->table_shape) == 0)
    {
      update_table (self);
      return;
    }
  g_free (self->table_shape);
  self->table_shape = g_steal_pointer (&shape);

  clear_box (GTK_WIDGET (self->table));
  memset (self->cells, 0, sizeof self->cells);
  memset (self->monthly, 0, sizeof self->monthly);
  memset (self->yearly, 0, sizeof self->yearly);

  for (int i = 0; i < sc->n; i++)
    {
      GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = label_new (sc->columns[i].name, "heading");
      g_autofree char *text = describe (&self->files[i]);

      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
      gtk_widget_set_size_request (head, 150, -1);
      if (i == self->selected)
        gtk_widget_add_css_class (name, "selected-scenario");
      gtk_box_append (GTK_BOX (top), name);
      if (i > 0)
        gtk_box_append (GTK_BOX (top), column_buttons (i));
      gtk_box_append (GTK_BOX (head), top);
      {
        GtkWidget *desc = label_new (text, "caption");

        gtk_label_set_max_width_chars (GTK_LABEL (desc), 18);
        gtk_widget_add_css_class (desc, "dim-label");
        self->heads[i][0] = name;
        self->heads[i][1] = desc;
        gtk_box_append (GTK_BOX (head), desc);
      }
      if (i == 0)
        /* Translators: the first column follows the inputs as they are typed */
        gtk_box_append (GTK_BOX (head), label_new (_("Live"), "current-badge"));
      gtk_widget_set_halign (gtk_widget_get_last_child (head), GTK_ALIGN_START);
      gtk_grid_attach (self->table, head, 1 + i, 0, 1, 1);
    }

  {
    /* Translators: the head of the table's first column: what its amounts are */
    GtkWidget *what = label_new (_("Net after tax"), "caption");

    gtk_widget_add_css_class (what, "dim-label");
    gtk_widget_set_valign (what, GTK_ALIGN_END);
    gtk_label_set_max_width_chars (GTK_LABEL (what), 14);
    gtk_grid_attach (self->table, what, 0, 0, 1, 1);
  }
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      GtkWidget *status = label_new (_(ps_status_name (s)), "heading");

      gtk_widget_set_valign (status, GTK_ALIGN_START);
      gtk_label_set_max_width_chars (GTK_LABEL (status), 14);
      gtk_grid_attach (self->table, status, 0, 1 + s, 1, 1);
      for (int i = 0; i < sc->n; i++)
        {
          const PsComparison *cmp = &sc->columns[i].comparison;
          const PsStatusResult *r = &cmp->statuses[s];
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          g_autofree char *m = ps_format_money_display (r->net_after_tax_monthly);
          g_autofree char *y = ps_format_money_display (r->net_after_tax_yearly);
          /* Translators: %s is an amount of money */
          g_autofree char *m_text = g_strdup_printf (_("%s a month"), m);
          /* Translators: %s is an amount of money */
          g_autofree char *y_text = g_strdup_printf (_("%s a year"), y);
          GtkWidget *ml = label_new (m_text, NULL);
          GtkWidget *yl = label_new (y_text, "caption");

          g_object_set_data_full (G_OBJECT (ml), "amount", g_steal_pointer (&m), g_free);
          g_object_set_data_full (G_OBJECT (yl), "amount", g_steal_pointer (&y), g_free);
          if (r->eligible)
            {
              gtk_widget_add_css_class (ml, "heading");
              gtk_widget_add_css_class (yl, "dim-label");
              gtk_box_append (GTK_BOX (cell), ml);
              gtk_box_append (GTK_BOX (cell), yl);
              /* never an unusable status */
              if (cmp->has_best && (int) cmp->best == s)
                {
                  gtk_widget_add_css_class (cell, "best");
                  gtk_box_append (GTK_BOX (cell), badge_new ());
                }
            }
          else
            {
              const char *why = ps_unusable_label (r->unusable);
              /* Translators: a status that can't be used in a scenario */
              g_autofree char *mark = g_strdup_printf ("✗ %s", _("Can’t be used"));

              gtk_widget_add_css_class (cell, "unusable");
              gtk_widget_add_css_class (cell, "dim-label");
              gtk_box_append (GTK_BOX (cell), label_new (mark, NULL));
              gtk_box_append (GTK_BOX (cell), yl);
              gtk_widget_set_visible (yl, FALSE);
              if (why != NULL)
                gtk_widget_set_tooltip_text (cell, _(why));
            }
          self->cells[s][i] = cell;
          self->monthly[s][i] = ml;
          self->yearly[s][i] = yl;
          gtk_grid_attach (self->table, cell, 1 + i, 1 + s, 1, 1);
        }
    }
}

void
_ps_scenarios_view_fill_cards (PsScenariosView *self)
{
  const PsScenarios *sc = self->results;

  clear_box (GTK_WIDGET (self->cards));
  for (int i = 0; i < sc->n; i++)
    {
      const PsComparison *cmp = &sc->columns[i].comparison;
      GtkWidget *group = adw_preferences_group_new ();
      g_autofree char *text = describe (&self->files[i]);
      g_autofree char *title = g_markup_escape_text (sc->columns[i].name, -1);
      g_autofree char *desc = g_markup_escape_text (text, -1);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), desc);
      if (i > 0)
        adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), column_buttons (i));
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          const PsStatusResult *r = &cmp->statuses[s];
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *name = g_markup_escape_text (_(ps_status_name (s)), -1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
          if (r->eligible)
            {
              g_autofree char *m = ps_format_money_display (r->net_after_tax_monthly);
              g_autofree char *y = ps_format_money_display (r->net_after_tax_yearly);
              g_autofree char *y_text = g_strdup_printf (_("%s a year"), y);
              /* Translators: an amount of money a month, where room is short */
              g_autofree char *short_text = g_strdup_printf (_("%s/month"), m);
              GtkWidget *amount = label_new (short_text, "heading");

              gtk_label_set_wrap (GTK_LABEL (amount), FALSE);
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), y_text);
              if (cmp->has_best && (int) cmp->best == s)
                adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge_new ());
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
            }
          else
            {
              const char *why = ps_unusable_label (r->unusable);
              g_autofree char *mark = g_strdup_printf ("✗ %s", name);
              g_autofree char *sub = g_markup_escape_text (why != NULL ? _(why) : _("Can’t be used"), -1);

              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mark);
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
              gtk_widget_add_css_class (row, "dim-label");
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->cards, group);
    }
}
