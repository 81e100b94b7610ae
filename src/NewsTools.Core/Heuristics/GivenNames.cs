using System;
using System.Collections.Generic;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Common given names (English-speaking, European, South Asian, Arabic, East Asian romanised), used as positive
    /// evidence only: a site whose own name starts with one ("Jane Doe" as og:site_name, "Post | Jane Doe") is a
    /// person's site, not a brand that happens to look like a name ("Bread Dad", "Spectre Collie"). The list is
    /// never used to reject a name: a byline with a name not listed here is kept.
    /// Names that are also common English words or places ("Hope", "Summer", "Austin", "Grace", "Chase", "Max")
    /// are left out on purpose: shops and firms are named with them.
    /// </summary>
    internal static class GivenNames
    {
        /// <summary>The names, case-insensitive.</summary>
        public static readonly HashSet<string> Common = new HashSet<string>(
            ("Aarav Aaron Abby Abigail Adam Aditya Adrian Adriana Adrienne Agnes Agnieszka Ahmed Aidan Aiden Aisha Ajay " +
            "Akash Akira Alain Alan Alana Albert Alberto Alec Alejandro Aleksandr Alessandro Alex Alexa Alexander Alexandra " +
            "Alexandre Alexei Alexis Alfred Alice Alicia Alison Allan Allen Allison Alma Amanda Amelia Amir Amit Amy Amélie " +
            "Ana Anand Anastasia Anders Andrea Andreas Andrew Andrés Andy Angela Angelica Angelina Angie Anil Anita Anjali " +
            "Ankit Ann Anna Anne Annette Annie Anthony Antoine Anton Antonio Archie Aria Ariana Ariel Arjun Arnold Arthur " +
            "Arun Asher Ashley Ashton Astrid Audrey Ava Barbara Barry Beatrice Beatriz Becky Belinda Bella Ben Benjamin " +
            "Bernadette Bernard Bernd Beth Bethany Betty Beverly Billy Bjorn Blake Bob Bobby Bonnie Brad Bradley Brady Bram " +
            "Brandon Brenda Brendan Brent Brett Brian Briana Bridget Brittany Brooke Bruce Bruno Bryan Bryce Byron Caitlin " +
            "Caleb Calvin Camila Camille Candace Cara Carl Carla Carlos Carmen Carol Caroline Carolyn Carrie Casey " +
            "Cassandra Cassidy Catherine Cathy Cecilia Celia Chad Charlene Charles Charlie Charlotte Chelsea Cheryl Chiara " +
            "Chloe Chloé Chris Christian Christina Christine Christophe Christopher Christy Cindy Claire Clara Clare Claude " +
            "Claudia Clayton Clifford Clint Cody Colin Colleen Connor Conor Constance Corey Courtney Craig Cristina Curtis " +
            "Cynthia Céline Daan Damian Damien Dan Dana Daniel Daniela Daniele Danielle Danny Darius Darren Darryl Dave " +
            "David Davide Dean Deanna Debbie Deborah Debra Declan Deepak Denise Dennis Derek Desmond Devin Diana Diane " +
            "Diego Dieter Divya Dmitri Dmitry Dominic Dominique Donald Donna Doris Dorothy Doug Douglas Drew Duncan Dustin " +
            "Dylan Ed Eddie Edgar Edith Edmund Eduardo Edward Edwin Eileen Ekaterina Elaine Eleanor Elena Eli Elias Elijah " +
            "Elisa Elisabeth Eliza Elizabeth Ella Ellen Ellie Elliot Elliott Emil Emilia Emily Emma Emmanuel Eric Erica " +
            "Erik Erika Erin Ernest Ernesto Esther Ethan Eugene Eva Evan Evelyn Ezra Fabian Fatima Federico Felicia Felipe " +
            "Felix Fernando Fiona Florian Frances Francesca Francesco Francis Francisco Franklin Franz François Françoise " +
            "Fred Freddie Frederick Freya Friedrich Gabriel Gabriela Gabrielle Gail Gareth Garrett Gary Gaurav Gavin Gemma " +
            "Geoffrey George Gerald Gerard Gina Giorgio Giovanni Giulia Giuseppe Gladys Glen Glenn Gloria Gonzalo Gonçalo " +
            "Gordon Graham Greg Gregory Greta Guillaume Gustav Gustavo Hailey Haley Hank Hannah Harold Harriet Harrison " +
            "Harry Haruto Harvey Hassan Hayden Heather Heidi Heinz Helen Helena Helmut Henrik Henry Herbert Hiroshi Holly " +
            "Howard Hugh Hugo Hussein Hélène Ian Ibrahim Ida Igor Imogen Ingrid Inês Irene Irina Isaac Isabel Isabella " +
            "Isabelle Isaiah Jack Jackie Jackson Jacob Jacqueline Jacques Jaime Jake James Jamie Jan Jane Janet Janice " +
            "Jared Jasmine Jason Javier Jay Jean Jeanne Jeff Jeffrey Jenna Jennifer Jenny Jens Jeremiah Jeremy Jerome Jerry " +
            "Jesse Jessica Jessie Jesús Jill Jim Jimmy Jiří Joan Joanna Joanne Joaquin Jocelyn Jodi Joe Joel Johan Johanna " +
            "John Johnny Jon Jonah Jonas Jonathan Joost Jorge Jose Joseph Josephine Josh Joshua José Joyce João Juan Judith " +
            "Judy Julia Julian Juliana Julie Julien Juliet Justin Justine Jürgen Kaitlyn Karan Karen Karim Karin Karl " +
            "Katarzyna Kate Katelyn Katharina Katherine Kathleen Kathryn Kathy Katie Katrina Kavya Kayla Keith Kelly Kelsey " +
            "Ken Kenji Kenneth Kerry Kevin Khalid Kim Kimberly Kirk Klaus Krishna Kristen Kristin Kristina Krzysztof Kurt " +
            "Kyle Kylie Lara Larry Lars Laura Lauren Laurence Laurent Laurie Layla Leah Leila Lena Leo Leon Leonard " +
            "Leonardo Leslie Liam Lillian Lily Linda Lindsay Lindsey Lisa Liz Lizzie Lois Lola Lorena Lorenzo Lori Louis " +
            "Louise Luca Lucas Lucia Lucie Lucy Lucía Luis Luka Lukas Luke Lydia Lynn Léa Maarten Madeline Maggie Magnus " +
            "Mahmoud Malcolm Mandy Manfred Manish Manon Manuel Marc Marcel Marco Marcus Marek Margaret Maria Mariana Marie " +
            "Marilyn Mario Marion Marisa Mark Marlene Marta Martha Martin Marvin Mary María Mateo Mathieu Matt Matteo " +
            "Matthew Matthias Maureen Maximilian Maxine Maya Meera Megan Meghan Melanie Melinda Melissa Meredith Mette Mia " +
            "Micah Michael Michaela Michał Michel Michele Michelle Miguel Mikael Mike Mikhail Mila Milan Milo Mindy Miranda " +
            "Miriam Mitchell Mohammed Molly Monica Monika Moritz Moses Muhammad Mustafa Myles Nadia Nancy Naomi Natalia " +
            "Natalie Natasha Nate Nathalie Nathan Nathaniel Neha Neil Niall Nicholas Nick Nicola Nicolas Nicole Niels Nigel " +
            "Nikhil Niklas Nikolai Nils Nina Noah Nora Norman Olaf Olga Oliver Olivia Olivier Omar Oscar Owen Pablo Paige " +
            "Pamela Paolo Pascal Patricia Patrick Patty Paul Paula Pauline Pavel Paweł Pedro Peggy Penelope Peter Petr " +
            "Philip Philippe Phillip Phoebe Pierce Pierre Pieter Piotr Polina Polly Pooja Prakash Pranav Priscilla Priya " +
            "Quentin Rachel Rafael Rafaela Rahul Raj Rajesh Ralf Ralph Ramon Ramón Randall Randy Raquel Ravi Raymond Raúl " +
            "Rebecca Regina Renee Rhys Ricardo Riccardo Richard Rick Ricky Rita Rob Robert Roberta Roberto Robin Rodney " +
            "Rodrigo Roger Rohan Roland Ron Ronald Rosa Rosemary Roxanne Roy Russell Ruth Ryan Sabine Sabrina Sadie Sakura " +
            "Sally Sam Samantha Samir Samuel Sander Sandra Sanjay Sanne Santiago Sara Sarah Sasha Scott Sean Sebastian " +
            "Selena Serena Sergei Sergio Seth Shane Shannon Sharon Shawn Sheila Shelby Shirley Shreya Sidney Silvia Simon " +
            "Simone Sofia Sofía Sophia Sophie Stacy Stanley Stefan Stefanie Stefano Stephan Stephanie Stephen Steve Steven " +
            "Stuart Stéphane Sue Sunil Suresh Susan Suzanne Sven Svetlana Sylvia Sylvie Sébastien Takashi Tamara Tammy " +
            "Tanya Tara Tariq Tatiana Ted Teresa Terri Terry Tessa Theo Theodore Theresa Thiago Thierry Thijs Thomas Tiago " +
            "Tiffany Tim Timothy Tina Tobias Toby Todd Tom Tomasz Tommy Tomáš Toni Tony Travis Trevor Tricia Trisha Troy " +
            "Tyler Ulrich Uwe Valentina Valerie Valérie Vanessa Vera Veronica Vicki Victor Vijay Vikram Vincent Vincenzo " +
            "Vivek Vivian Vladimir Walter Wanda Wayne Wendy Werner Whitney William Willie Wojciech Wolfgang Wouter Wyatt " +
            "Xavier Yash Yasmin Yolanda Youssef Yuki Yuri Yves Yvonne Zach Zachary Zainab Zoe Zoey Zoran Élise Émile ")
            .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);
    }
}
