using System.Text;

namespace SiteGen.Tests.Browser;

/// <summary>A lesson of the fixture site: its page path under the site root and its title.</summary>
public sealed record FixtureLesson(int Number, string Path, string Title);

/// <summary>
/// The small site the browser tests build: a home page and three lessons with h2/h3 headings,
/// a wide table, a computed table cited by {numref}, a long code line, callouts, inline and display math, and links between lessons.
/// </summary>
public static class FixtureSite
{
    public const string Title = "Calculus by Example";
    public const string HomePath = "index.html";

    public static readonly FixtureLesson[] Lessons =
    [
        new(1, "lessons/slopes/index.html", "Slopes and lines"),
        new(2, "lessons/gradients/index.html", "From slope to gradient"),
        new(3, "lessons/descent/index.html", "Gradient descent and the learning rate"),
    ];

    /// <summary>A path no page has: the server answers it with 404.html.</summary>
    public const string MissingPath = "lessons/no-such-lesson/";

    /// <summary>Writes the content folder; <paramref name="baseUrl"/> goes into site.yml.</summary>
    public static void Write(string contentDirectory, string baseUrl)
    {
        Directory.CreateDirectory(Path.Combine(contentDirectory, "lessons"));
        Save(contentDirectory, "site.yml", $"""
            title: {Title}
            description: Three short lessons on slopes, gradients and descent
            base_url: {baseUrl}
            repo_url: https://example.org/calculus-by-example
            language: en
            author: Fixture Author

            """);

        Save(contentDirectory, "index.md", """
            ---
            title: Home
            ---

            Welcome. These lessons build up, step by step, from the slope of a line
            $m = \Delta y / \Delta x$ to gradient descent. Start with
            [slopes and lines](lessons/01-slopes.md), or jump to
            [the update rule](lessons/03-descent.md#the-update-rule).

            ## How to read the lessons

            Each lesson has a table of contents, worked examples and a short summary.

            """);

        Save(contentDirectory, "lessons/01-slopes.md", """
            ---
            title: Slopes and lines
            description: What a slope measures, and how to compute it from two points
            ---

            A line through two points has a slope $m = \frac{y_2 - y_1}{x_2 - x_1}$, the
            change in $y$ per unit change in $x$.

            ## Rise over run

            For the points $(1, 2)$ and $(3, 8)$ the slope is

            $$
            m = \frac{8 - 2}{3 - 1} = \frac{6}{2} = 3
            $$

            ### Measurements

            A table with many columns, as real lessons have:

            | x | y | Δx | Δy | slope | intercept | residual | squared residual | weight | weighted residual | note |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
            | 1.000 | 2.000 | 0.500 | 1.500 | 3.000 | -1.000 | 0.0001 | 0.00000001 | 1.000 | 0.0001 | first measurement |
            | 1.500 | 3.500 | 0.500 | 1.500 | 3.000 | -1.000 | -0.0002 | 0.00000004 | 0.500 | -0.0001 | second measurement |
            | 2.000 | 5.000 | 0.500 | 1.500 | 3.000 | -1.000 | 0.0003 | 0.00000009 | 0.250 | 0.000075 | third measurement |

            ### Computing it in code

            ```python
            def slope_between(first_point, second_point): return (second_point[1] - first_point[1]) / (second_point[0] - first_point[0])  # rise over run
            ```

            :::note
            A vertical line has no slope: $x_2 - x_1 = 0$. See
            [partial derivatives](02-gradients.md#partial-derivatives) for slopes in more than one direction.
            :::

            ## Summary

            The slope is rise over run. Next: [from slope to gradient](02-gradients.md).

            """);

        Save(contentDirectory, "lessons/02-gradients.md", """
            ---
            title: From slope to gradient
            description: Many slopes at once, one for each input
            ---

            A function of several inputs has a slope in every direction. Recall
            [rise over run](01-slopes.md#rise-over-run).

            ## Partial derivatives

            Hold every input fixed but one, and take the slope in that one:

            $$
            \frac{\partial f}{\partial x_i}(x) = \lim_{h \to 0} \frac{f(x + h e_i) - f(x)}{h}
            $$

            ### Notation

            The gradient $\nabla f(x)$ collects the partial derivatives into a vector.

            ### An example

            For $f(x, y) = x^2 + 3y$ the gradient is $\nabla f = (2x, 3)$.

            ```{define}
            f(x, y) = x^2 + 3*y
            ```

            At (2, 1) the build computes {eval}`grad(f, [2, 1])`:

            ```{eval}
            grad(f, [2, 1])
            1/(1 + 2^2)
            diff(x^2 + 3*y, x)
            ```

            > [!TIP]
            > The gradient points uphill, in the direction of steepest ascent.

            ## Summary

            Back to [the first lesson](01-slopes.md), or on to
            [gradient descent](03-descent.md#the-update-rule).

            """);

        Save(contentDirectory, "lessons/03-descent.md", """
            ---
            title: Gradient descent and the learning rate
            description: Walking downhill one small step at a time
            ---

            To minimise a loss $L(\theta)$, step against its gradient.

            ## The update rule

            $$
            \theta_{t+1} = \theta_t - \eta \, \nabla_\theta L(\theta_t)
            $$

            ### Step size

            The learning rate $\eta$ sets the step. The [notation](02-gradients.md#notation)
            is the one from the previous lesson.

            ```{define}
            L(t) = t^2
            ```

            {numref}`iterates` follows one step on $L(t) = t^2$ at learning rate 0.25.

            ```{table} A step of 0.25 on t²
            :id: iterates
            over: t = [1, 0.5, 0.25]
            columns:
              - t
              - {value: t - 0.25 * 2 * t, label: next t}
            ```

            :::warning
            With too large a learning rate the iterates diverge.
            :::

            ## Summary

            Descent repeats one small step. Start again at [the home page](../index.md).

            """);
    }

    private static void Save(string contentDirectory, string relativePath, string text) =>
        File.WriteAllText(Path.Combine(contentDirectory, relativePath), text.ReplaceLineEndings("\n"),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
