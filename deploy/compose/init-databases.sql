create database pactos_goals;
create database pactos_investments;
create database pactos_reporting;
