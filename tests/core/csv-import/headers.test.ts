import { describe, expect, it } from 'vitest';
import { applyColumnOverrides, foldHeader, recogniseColumns } from '../../../src/core/csv-import/headers';

const mapped = (headers: string[]) => {
  const mapping = recogniseColumns(headers);
  return Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, headers[column!]]));
};

describe('recognising columns', () => {
  it('folds case, spaces and punctuation', () => {
    expect(foldHeader('Employee ID')).toBe('employeeid');
    expect(foldHeader('employee_id')).toBe('employeeid');
    expect(foldHeader(' Supervisor-ID ')).toBe('supervisorid');
  });

  it('knows the fixtures', () => {
    expect(
      mapped(
        'name,imageUrl,area,profileUrl,office,tags,isLoggedUser,positionName,id,parentId,size'.split(','),
      ),
    ).toEqual({ id: 'id', reportsTo: 'parentId', title: 'positionName', person: 'name', department: 'area' });
    const oracle =
      'id,parentId,name,lastName,position,image,email,phone_number,hire_date,job_id,salary,commission_pct,department_id,job_min_salary,location_state,job_max_salary,department_name'.split(
        ',',
      );
    expect(mapped(oracle)).toEqual({
      id: 'id',
      reportsTo: 'parentId',
      title: 'position',
      person: 'name',
      lastName: 'lastName',
      department: 'department_name',
      salary: 'salary',
    });
  });

  it('knows common HR exports', () => {
    expect(mapped(['Employee ID', 'Full Name', 'Job Title', 'Supervisor ID', 'Department'])).toEqual({
      id: 'Employee ID',
      person: 'Full Name',
      title: 'Job Title',
      reportsTo: 'Supervisor ID',
      department: 'Department',
    });
    expect(mapped(['employee_id', 'manager_id', 'first_name', 'last_name', 'department_name'])).toMatchObject(
      {
        id: 'employee_id',
        reportsTo: 'manager_id',
        person: 'first_name',
        lastName: 'last_name',
      },
    );
    expect(mapped(['Worker ID', 'Manager Worker ID', 'Business Title', 'Supervisory Organization'])).toEqual({
      id: 'Worker ID',
      reportsTo: 'Manager Worker ID',
      title: 'Business Title',
      department: 'Supervisory Organization',
    });
    expect(mapped(['PERNR', 'Manager PERNR', 'Org Unit'])).toEqual({
      id: 'PERNR',
      reportsTo: 'Manager PERNR',
      department: 'Org Unit',
    });
    expect(mapped(['Employee #', 'Reports To', 'Team Size', 'Vision', 'plan_score'])).toMatchObject({
      reportsTo: 'Reports To',
      team: 'Team Size',
      vision: 'Vision',
      plan: 'plan_score',
    });
  });

  it('joins a surname only to a first-name column', () => {
    expect(mapped(['ID', 'Full Name', 'First Name', 'Last Name', 'Manager ID'])).toEqual({
      id: 'ID',
      person: 'Full Name',
      reportsTo: 'Manager ID',
    });
    expect(mapped(['ID', 'Given Name', 'Surname'])).toEqual({
      id: 'ID',
      person: 'Given Name',
      lastName: 'Surname',
    });
  });

  it('leaves unknown and ambiguous headers alone', () => {
    expect(mapped(['Team', 'size', 'job_id', 'department_id', 'Parent Department'])).toEqual({});
  });
});

describe('column overrides', () => {
  const headers = ['Emp', 'Boss', '', 'Name'];

  it('maps by header, loosely by folded header, or by number; an empty value unmaps', () => {
    const { mapping, errors } = applyColumnOverrides(headers, recogniseColumns(headers), {
      id: 'Emp',
      reportsTo: 'boss',
      department: '#3',
      person: '',
    });
    expect(errors).toEqual([]);
    expect(mapping).toEqual({ id: 0, reportsTo: 1, department: 2 });
  });

  it('moves a column from the field it fed to the one named', () => {
    const { mapping } = applyColumnOverrides(headers, { person: 3 }, { title: 'Name' });
    expect(mapping).toEqual({ title: 3 });
  });

  it('explains what cannot be applied', () => {
    const { errors } = applyColumnOverrides(headers, {}, { boss: 'Boss', id: 'Nope', team: '#9' });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^--map boss=Boss: "boss" is not a field; the fields are id, reportsTo, /);
    expect(errors[1]).toBe(
      '--map id=Nope: the file has no column "Nope"; its headers are "Emp", "Boss", "", "Name"',
    );
  });
});
