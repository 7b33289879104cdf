/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-years-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-money.h"
#include "ps-cash-view.h"
#include "ps-years-view.h"

#define N_COLUMNS 7

struct _PsYearsView
{
  GtkWidget        parent_instance;

  /* template */
  AdwEntryRow     *years_row;
  GtkLabel        *years_error;
  PsYearsChart    *chart;
  GtkLabel        *leaders_label;
  GtkWidget       *tables_box;
  GtkWidget       *cash_slot;
  PsCashView      *cash_view;

  GtkLabel        *notes[PS_N_STATUSES];
  GtkWidget       *cells[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS][N_COLUMNS];

  PsRates         *rates;
  PsScenario       scenario;
  PsDate           start;
  gboolean         has_scenario;
  gboolean         dirty;          /* a scenario not projected yet */
  gboolean         built;          /* the tables, made when first shown */
  PsProjectionInputs inputs;
  PsProjection    *projection;
  gboolean         has_projection;
  char            *error;
  guint            updating;
};

G_DEFINE_FINAL_TYPE (PsYearsView, ps_years_view, GTK_TYPE_WIDGET)

GtkWidget *
ps_years_view_new (void)
{
  return g_object_new (PS_TYPE_YEARS_VIEW, NULL);
}

/* ------------------------------------------------------------ texts */

static char *
leaders_text (const PsProjection *pr)
{
  g_autoptr (GString) text = g_string_new (NULL);
  int last = pr->n_years - 1;

  for (int k = 0; k < PS_N_STATUSES; k++)
    for (int b = 0; b < PS_N_STATUSES; b++)
      if (pr->overtakes[k][b] > 0)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: a status overtakes another in a year (its
           * cumulative net stays above from then on) */
          g_string_append_printf (text, _("%s overtakes %s in %d."), _(ps_status_name (k)),
                                  _(ps_status_name (b)), pr->years[k][pr->overtakes[k][b] - 1].year);
        }
  if (text->len == 0)
    g_string_append (text, pr->n_years > 1 ? _("No status overtakes another over these years.")
                                           : _("Over one year, nobody overtakes anybody."));
  if (pr->years[pr->leader[last]][last].usable)
    {
      PsStatus best = pr->leader[last];
      g_autofree char *amount = ps_format_money_display (pr->years[best][last].cumulative_net);

      g_string_append_c (text, '\n');
      /* Translators: a status, a year and an amount */
      g_string_append_printf (text, _("%s leaves the most net after tax by the end of %d: %s."), _(ps_status_name (best)),
                              pr->years[best][last].year, amount);
      if (pr->years[best][last].above_ceiling)
        {
          g_string_append_c (text, ' ');
          g_string_append (text, _("Only while tolerated above its ceiling: not a lasting choice."));
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
note_text (const PsProjection *pr,
           PsStatus            k)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* the years micro is kept above its ceiling: allowed, not lasting */
  {
    int first = -1, last = -1;

    for (int y = 0; y < pr->n_years; y++)
      if (pr->years[k][y].usable && pr->years[k][y].above_ceiling)
        {
          if (first < 0)
            first = y;
          last = y;
        }
    if (first >= 0 && first == last)
      /* Translators: a year */
      g_ptr_array_add (parts, g_strdup_printf (_("Above its ceiling in %d: only tolerated, two years running "
                                                 "at most (in orange)"),
                                               pr->years[k][first].year));
    else if (first >= 0)
      /* Translators: two years */
      g_ptr_array_add (parts, g_strdup_printf (_("Above its ceiling in %d–%d: only tolerated, two years running "
                                                 "at most (in orange)"),
                                               pr->years[k][first].year, pr->years[k][last].year));
  }
  for (int y = 0; y < pr->n_years; y++)
    if (!pr->years[k][y].usable)
      {
        if (k == PS_STATUS_MICRO && !pr->years[k][y].micro_regime)
          /* Translators: a year */
          g_ptr_array_add (parts, g_strdup_printf (_("Can’t be used from %d: above its ceiling two years running, "
                                                     "it is taxed au réel (shown dashed)"),
                                                   pr->years[k][y].year));
        else
          /* Translators: a year */
          g_ptr_array_add (parts, g_strdup_printf (_("Can’t be used in %d at this revenue (shown dashed)"),
                                                   pr->years[k][y].year));
        break;
      }
  if (pr->leads_from[k] > 0)
    /* Translators: a year */
    g_ptr_array_add (parts, g_strdup_printf (_("Ahead of all from %d"), pr->years[k][pr->leads_from[k] - 1].year));
  if (k == PS_STATUS_MICRO && pr->years[k][0].acre)
    g_ptr_array_add (parts, g_strdup (_("ACRE the first year")));
  if (fabs (pr->owed_after[k]) >= 0.005)
    {
      g_autofree char *amount = ps_format_money_display (fabs (pr->owed_after[k]));

      g_ptr_array_add (parts, pr->owed_after[k] > 0
                              /* Translators: an amount, a year */
                              ? g_strdup_printf (_("%s still to come after %d"), amount,
                                                 pr->years[k][pr->n_years - 1].year)
                              /* Translators: an amount, a year */
                              : g_strdup_printf (_("%s still to pay after %d"), amount,
                                                 pr->years[k][pr->n_years - 1].year));
    }
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of the notes under a status in the Years view */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* ------------------------------------------------------------ update */

static void
show (PsYearsView *self)
{
  const PsProjection *pr = self->projection;
  g_autofree char *leaders = NULL;

  ps_years_chart_set_data (self->chart, self->has_projection ? pr : NULL);
  if (!self->has_projection)
    return;

  leaders = leaders_text (pr);
  gtk_label_set_label (self->leaders_label, leaders);
  for (int k = 0; self->built && k < PS_N_STATUSES; k++)
    {
      g_autofree char *note = note_text (pr, k);

      gtk_label_set_label (self->notes[k], note);
      gtk_widget_set_visible (GTK_WIDGET (self->notes[k]), *note != '\0');
      for (int y = 0; y < PS_MAX_PROJECTION_YEARS; y++)
        {
          const PsProjectionYear *py = &pr->years[k][y];
          gboolean shown = y < pr->n_years;

          for (int c = 0; c < N_COLUMNS; c++)
            {
              g_autofree char *text = NULL;
              GtkWidget *cell = self->cells[k][y][c];

              gtk_widget_set_visible (cell, shown);
              if (!shown)
                continue;
              switch (c)
                {
                case 0: text = g_strdup_printf ("%d", py->year); break;
                case 1: text = ps_format_money_display (py->net_accrued); break;
                case 2: text = ps_format_money_display (py->cash); break;
                case 3: text = ps_format_money_display (py->cumulative_cash); break;
                case 4: text = g_strdup_printf ("%d", py->cumulative_quarters); break;
                case 5: text = ps_format_number (py->cumulative_points, 0); break;
                case 6: text = ps_format_money_display (py->cumulative_pension); break;
                default: g_assert_not_reached ();
                }
              gtk_label_set_label (GTK_LABEL (cell), text);
              if (py->usable)
                gtk_widget_remove_css_class (cell, "dim-label");
              else
                gtk_widget_add_css_class (cell, "dim-label");
              /* kept above its ceiling: only tolerated */
              if (py->usable && py->above_ceiling)
                gtk_widget_add_css_class (cell, "warning");
              else
                gtk_widget_remove_css_class (cell, "warning");
              gtk_widget_set_tooltip_text (cell, py->usable && py->above_ceiling
                                                 ? _("Above the micro-entreprise ceiling: the regime is kept, "
                                                     "two years running at most, then lost")
                                                 : NULL);
            }
        }
    }
}

static void
recompute (PsYearsView *self)
{
  g_autoptr (GError) error = NULL;

  if (!self->has_scenario || self->rates == NULL)
    return;
  self->has_projection = ps_projection_compute (self->rates, &self->scenario, self->start, &self->inputs,
                                                self->projection, &error);
  if (!self->has_projection)
    g_warning ("The years ahead can't be computed: %s", error->message);
  self->dirty = FALSE;
  show (self);
}

void
ps_years_view_update (PsYearsView        *self,
                      PsRates            *rates,
                      const PsParams     *params,
                      const PsComparison *comparison)
{
  g_return_if_fail (PS_IS_YEARS_VIEW (self));
  g_return_if_fail (rates != NULL && params != NULL && comparison != NULL);

  self->rates = rates;
  self->scenario = comparison->scenario;
  self->start = params->date;
  /* the first year month by month: computed by the cash view while shown */
  ps_cash_view_update (self->cash_view, params, comparison);
  self->has_scenario = TRUE;
  /* hidden (the Comparison shown): once it is shown, not per keystroke */
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
}

static void build_tables (PsYearsView *self);

static void
ps_years_view_map (GtkWidget *widget)
{
  PsYearsView *self = PS_YEARS_VIEW (widget);

  /* 200-odd labels: not at start-up, when the Comparison is shown */
  if (!self->built)
    {
      build_tables (self);
      self->built = TRUE;
      self->dirty = self->has_scenario;
    }
  if (self->dirty)
    recompute (self);
  GTK_WIDGET_CLASS (ps_years_view_parent_class)->map (widget);
}

static void
years_changed_cb (PsYearsView *self)
{
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->years_row));
  double years;

  if (self->updating > 0)
    return;
  g_clear_pointer (&self->error, g_free);
  if (ps_input_parse_number (_("Years"), text, 1, PS_MAX_PROJECTION_YEARS, &years, &error) && years != floor (years))
    g_set_error (&error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                 /* Translators: the Years field of the Years view */
                 _("Years: a whole number of years is expected"));
  if (error != NULL)
    self->error = g_strdup (error->message);

  gtk_label_set_label (self->years_error, self->error != NULL ? self->error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->years_error), self->error != NULL);
  /* the figures are still those of the last valid years: dimmed */
  {
    GtkWidget *figures[] = { GTK_WIDGET (self->chart), GTK_WIDGET (self->leaders_label), self->tables_box };

    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      if (self->error != NULL)
        gtk_widget_add_css_class (figures[i], "dim-label");
      else
        gtk_widget_remove_css_class (figures[i], "dim-label");
  }
  if (self->error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->years_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->years_row), "error");
  if ((int) years != self->inputs.years)
    {
      self->inputs.years = (int) years;
      recompute (self);
    }
}

/* ------------------------------------------------------------ accessors */

const PsProjection *
ps_years_view_get_projection (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return self->has_projection ? self->projection : NULL;
}

GtkWidget *
ps_years_view_get_years_row (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return GTK_WIDGET (self->years_row);
}

const char *
ps_years_view_get_error (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return self->error;
}

const char *
ps_years_view_get_leaders (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return gtk_label_get_label (self->leaders_label);
}

const char *
ps_years_view_get_cell (PsYearsView *self,
                        PsStatus     status,
                        int          year,
                        int          column)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  g_return_val_if_fail (year >= 0 && year < PS_MAX_PROJECTION_YEARS, NULL);
  g_return_val_if_fail (column >= 0 && column < N_COLUMNS, NULL);
  if (!self->built)
    return NULL;
  return gtk_label_get_label (GTK_LABEL (self->cells[status][year][column]));
}

const char *
ps_years_view_get_note (PsYearsView *self,
                        PsStatus     status)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  if (!self->built)
    return NULL;
  return gtk_label_get_label (self->notes[status]);
}

GtkWidget *
ps_years_view_get_cash_slot (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return self->cash_slot;
}

PsCashView *
ps_years_view_get_cash_view (PsYearsView *self)
{
  g_return_val_if_fail (PS_IS_YEARS_VIEW (self), NULL);
  return self->cash_view;
}

/* ------------------------------------------------------------ GObject */

static GtkWidget *
cell_label (const char *text,
            gboolean    header,
            gboolean    first)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), first ? 0 : 1);
  gtk_widget_add_css_class (label, "numeric");
  if (header)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_justify (GTK_LABEL (label), first ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
      gtk_widget_set_valign (label, GTK_ALIGN_END);
    }
  else
    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_can_focus (label, FALSE);
  return label;
}

/* A card per status: its name, its notes, its years. */
static void
build_tables (PsYearsView *self)
{
  static const char *headers[N_COLUMNS] = {
    N_("Year"), N_("Net"), N_("Received"), N_("Cumulative"), N_("Quarters"), N_("Points"),
    N_("Pension a year"),
  };

  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (_(ps_status_name (k)));
      GtkWidget *note = gtk_label_new (NULL);
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *grid = gtk_grid_new ();

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "years-table");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_set_visible (note, FALSE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
      gtk_widget_set_margin_bottom (grid, 4);

      for (int c = 0; c < N_COLUMNS; c++)
        {
          GtkWidget *header = cell_label (_(headers[c]), TRUE, c == 0);

          /* the money columns share the width */
          gtk_widget_set_hexpand (header, c > 0);
          gtk_grid_attach (GTK_GRID (grid), header, c, 0, 1, 1);
          for (int y = 0; y < PS_MAX_PROJECTION_YEARS; y++)
            {
              self->cells[k][y][c] = cell_label ("", FALSE, c == 0);
              gtk_grid_attach (GTK_GRID (grid), self->cells[k][y][c], c, y + 1, 1, 1);
            }
        }
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), note);
      gtk_box_append (GTK_BOX (card), scroller);
      gtk_box_append (GTK_BOX (self->tables_box), card);
      self->notes[k] = GTK_LABEL (note);
    }
}

static void
ps_years_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_YEARS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_years_view_parent_class)->dispose (object);
}

static void
ps_years_view_finalize (GObject *object)
{
  PsYearsView *self = PS_YEARS_VIEW (object);

  g_free (self->projection);
  g_free (self->error);
  G_OBJECT_CLASS (ps_years_view_parent_class)->finalize (object);
}

static void
ps_years_view_class_init (PsYearsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_years_view_dispose;
  object_class->finalize = ps_years_view_finalize;
  widget_class->map = ps_years_view_map;

  g_type_ensure (PS_TYPE_YEARS_CHART);
  g_type_ensure (PS_TYPE_CASH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-years-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, years_row);
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, years_error);
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, chart);
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, leaders_label);
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, tables_box);
  gtk_widget_class_bind_template_child (widget_class, PsYearsView, cash_slot);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_years_view_init (PsYearsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->projection = g_new0 (PsProjection, 1);
  ps_projection_inputs_init (&self->inputs);

  self->updating++;
  {
    g_autofree char *years = g_strdup_printf ("%d", self->inputs.years);

    gtk_editable_set_text (GTK_EDITABLE (self->years_row), years);
  }
  self->updating--;
  self->cash_view = PS_CASH_VIEW (ps_cash_view_new ());
  gtk_box_append (GTK_BOX (self->cash_slot), GTK_WIDGET (self->cash_view));
  gtk_widget_set_visible (self->cash_slot, TRUE);
  g_signal_connect_object (self->years_row, "changed", G_CALLBACK (years_changed_cb), self, G_CONNECT_SWAPPED);
}
